using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace MemoryAspire.LoadDriver;

/// <summary>One chat turn as the driver saw it: when it started and ended (driver clock) and the HTTP status.</summary>
public sealed record TurnSample(long Request, TimeSpan Start, TimeSpan End, int Status);

/// <summary>
/// Users chat concurrently, each with its own token and session, one turn after another with no think time. Turns that
/// start and end within the measured window (after the warm-up) are counted.
/// </summary>
public static class LoadRun
{
    private static readonly string[] Messages =
    [
        "How should I chunk long PDFs with tables for retrieval?",
        "I'm using Qdrant for the vector store. Should I filter by tenant in the query?",
        "What re-ranker would you put over the top twenty hits?",
        "Can you remind me which vector store I said I was using?",
        "How do I evaluate answer faithfulness on a small budget?",
        "Is 512 tokens with a 50-token overlap a sensible default?",
        "What should I log per request to track token costs?",
        "How do I stop retrieved documents from injecting instructions?",
    ];

    /// <summary>
    /// Two windows on one stack: capacity (every user sends its next turn as soon as the last is answered) and then latency
    /// at a paced rate below capacity (each user sends on a fixed schedule). By Little's law a closed loop of 64 users with no
    /// think time has a mean latency of 64 / throughput (128 ms at 500 turns/s), so latency is measured where the stack is not
    /// saturated, and throughput where it is.
    /// </summary>
    public static async Task<(LoadResult Capacity, LoadResult? Paced)> RunAsync(BenchmarkTopology stack, InstantModelServer model, LoadSettings settings)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(settings);
        using var http = ClientFor(stack, settings);
        var users = await UsersAsync(http, settings);

        var statementsDb = settings.Statements ? await stack.App.GetConnectionStringAsync("memorydb") : null;
        var capacity = await WindowAsync(http, users, model, settings, settings.Warmup, null, statementsDb: statementsDb);
        if (statementsDb is not null)
        {
            Console.WriteLine();
            Console.WriteLine($"PostgreSQL statements during the capacity window ({capacity.Turns.Count(t => t.Status == 200):N0} turns, pg_stat_statements):");
            await StatementStats.PrintAsync(statementsDb, 25);
        }

        if (settings.PacedRate is 0)
        {
            return (capacity, null);
        }

        var rate = settings.PacedRate ?? Math.Max(1, Math.Round(capacity.TurnsPerSecond * 0.5));
        var paced = await WindowAsync(http, users, model, settings, TimeSpan.FromSeconds(5), rate);
        return (capacity, paced);
    }

    /// <summary>
    /// One latency window at a paced <paramref name="rate"/> for fresh users, measured from <paramref name="warmup"/> for
    /// <see cref="LoadSettings.Duration"/>; turn times are on <paramref name="clock"/>, started by the caller (for benchmarks that
    /// run something else during the window, as the retention sweep).
    /// </summary>
    public static async Task<LoadResult> PacedWindowAsync(BenchmarkTopology stack, InstantModelServer model, LoadSettings settings, double rate, TimeSpan warmup, Stopwatch clock)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(settings);
        using var http = ClientFor(stack, settings);
        var users = await UsersAsync(http, settings);
        return await WindowAsync(http, users, model, settings, warmup, rate, clock);
    }

    /// <summary>ChatApi's client for a run: enough connections for every user, none recycled mid-run.</summary>
    private static HttpClient ClientFor(BenchmarkTopology stack, LoadSettings settings) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Users * 2, PooledConnectionLifetime = Timeout.InfiniteTimeSpan }, disposeHandler: true)
        {
            BaseAddress = stack.App.GetEndpoint("chatapi"), Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>The run's users, each with its own token (a fresh subject per run).</summary>
    private static async Task<List<LoadUser>> UsersAsync(HttpClient http, LoadSettings settings)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        return [.. (await Task.WhenAll(Enumerable.Range(0, settings.Users).Select(i => TokenAsync(http, $"load-{run}-{i}")))).Select(token => new LoadUser(token))];
    }

    /// <summary>One user's token and session, kept across the windows.</summary>
    private sealed class LoadUser(string token)
    {
        public string Token { get; } = token;

        public string? SessionId { get; set; }
    }

    private static long requests;

    /// <param name="statementsDb">When set, PostgreSQL's statement statistics are reset as the measured window begins.</param>
    private static async Task<LoadResult> WindowAsync(HttpClient http, IReadOnlyList<LoadUser> users, InstantModelServer model, LoadSettings settings, TimeSpan warmup, double? rate,
        Stopwatch? started = null, string? statementsDb = null)
    {
        var clock = started ?? Stopwatch.StartNew();
        var measureFrom = warmup;
        var measureTo = warmup + settings.Duration;
        var cpu = Task.Run(async () =>
        {
            await Task.Delay(measureFrom);
            if (statementsDb is not null)
            {
                await StatementStats.ResetAsync(statementsDb);
            }

            var before = ProcessCpu.Snapshot();
            await Task.Delay(measureTo - clock.Elapsed);
            var after = ProcessCpu.Snapshot();
            return after.ToDictionary(p => p.Key, p => (p.Value - before.GetValueOrDefault(p.Key)) / settings.Duration.TotalSeconds);
        });
        var pendingBefore = await PendingJobsAsync(http, users);
        // Paced: each user sends every users/rate seconds, the users spread evenly over that interval.
        var interval = rate is { } r ? TimeSpan.FromSeconds(users.Count / r) : (TimeSpan?)null;

        async Task<List<TurnSample>> UserAsync(LoadUser user, int index)
        {
            var samples = new List<TurnSample>();
            var next = interval is { } first ? first * index / users.Count : TimeSpan.Zero;
            while (clock.Elapsed < measureTo)
            {
                if (interval is { } every)
                {
                    if (next > clock.Elapsed)
                    {
                        await Task.Delay(next - clock.Elapsed);
                    }

                    next += every;
                }

                var request = Interlocked.Increment(ref requests);
                var message = $"{Messages[request % Messages.Length]} {InstantModelServer.Tag(request)}";
                var start = clock.Elapsed;
                int status;
                try
                {
                    using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chat") { Content = JsonContent.Create(new { message, sessionId = user.SessionId, strategy = settings.Strategy }) };
                    post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
                    using var response = await http.SendAsync(post);
                    var body = await response.Content.ReadAsStringAsync();
                    status = (int)response.StatusCode;
                    if (response.StatusCode == HttpStatusCode.OK && user.SessionId is null)
                    {
                        user.SessionId = JsonDocument.Parse(body).RootElement.GetProperty("sessionId").GetString();
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    status = 0;
                }

                samples.Add(new TurnSample(request, start, clock.Elapsed, status));
            }

            return samples;
        }

        var perUser = await Task.WhenAll(users.Select(UserAsync));
        var cpuCores = await cpu;
        var pendingAfter = await PendingJobsAsync(http, users);
        var all = perUser.SelectMany(u => u).ToList();
        Console.Error.WriteLine($"{all.Count} turns in all (warm-up and window); the slowest took {all.Max(s => s.End - s.Start).TotalSeconds:N1} s; "
            + $"{all.Count(s => s.Status != 200)} failed");
        var measured = all.Where(s => s.Start >= measureFrom && s.End <= measureTo).ToList();
        return new LoadResult(measured, warmup, settings.Duration, rate, model.ModelMicroseconds, cpuCores, pendingBefore, pendingAfter);
    }

    private static async Task<string> TokenAsync(HttpClient http, string user)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/dev/token", new { userName = user });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<int> PendingJobsAsync(HttpClient http, IReadOnlyList<LoadUser> users)
    {
        var pending = 0;
        foreach (var user in users.Where(u => u.SessionId is not null))
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/sessions/{user.SessionId}");
            get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
            using var response = await http.SendAsync(get);
            pending += (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("session").GetProperty("pendingJobs").GetInt32();
        }

        return pending;
    }
}

/// <param name="Rate">The paced rate in turns/s; null for the capacity window.</param>
public sealed record LoadResult(
    IReadOnlyList<TurnSample> Turns, TimeSpan Warmup, TimeSpan Duration, double? Rate, IReadOnlyDictionary<long, double> ModelMicroseconds,
    IReadOnlyDictionary<string, double> CpuCores, int PendingBefore, int PendingAfter)
{
    public double TurnsPerSecond => Turns.Count(t => t.Status == 200) / Duration.TotalSeconds;

    public void Print(LoadSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var ok = Turns.Where(t => t.Status == 200).ToList();
        var latencies = ok.Select(t => (t.End - t.Start).TotalMilliseconds).Order().ToArray();
        var modelTimes = ok.Select(t => ModelMicroseconds.GetValueOrDefault(t.Request) / 1000).Order().ToArray();
        var overheads = ok.Select(t => (t.End - t.Start).TotalMilliseconds - ModelMicroseconds.GetValueOrDefault(t.Request) / 1000).Order().ToArray();
        var errors = Turns.Where(t => t.Status != 200).GroupBy(t => t.Status).Select(g => $"{g.Count()} x {(g.Key == 0 ? "no response" : g.Key.ToString(CultureInfo.InvariantCulture))}").ToList();
        var untimed = ok.Count(t => !ModelMicroseconds.ContainsKey(t.Request));

        Console.WriteLine();
        Console.WriteLine(Rate is { } rate
            ? $"Latency at a paced {rate:N0} turns/s ({settings.Users} users, each on a fixed schedule):"
            : $"Capacity ({settings.Users} users, no think time):");
        Console.WriteLine();
        Console.WriteLine("| metric | value | target |");
        Console.WriteLine("|---|---|---|");
        Row("concurrent users (own token and session each)", $"{settings.Users}", "64");
        Row("strategy; services' log level; dashboard", $"{settings.Strategy ?? "hybrid (default)"}; {settings.LogLevel ?? "as configured (Information)"}; "
            + (settings.Dashboard ? "on (every span, log and metric exported and ingested here)" : "off (no telemetry exported)"), "");
        Row("model", settings.OfflineModel
            ? "MemoryAspire's offline provider, in process (its reply's time counts as overhead)"
            : "OpenAI path to the driver's instant HTTP model (gpt-4o replies, gpt-4o-mini extraction and summaries)", "");
        Row("measured window", $"{Duration.TotalSeconds:0} s after {Warmup.TotalSeconds:0} s warm-up", "");
        Row("turns completed", $"{ok.Count:N0}", "");
        Row("**turns/s**", $"**{ok.Count / settings.Duration.TotalSeconds:N1}**", Rate is null ? ">= 500" : $"{Rate:N0} offered");
        Row("latency p50 / p95 / p99", $"{P(latencies, 50):N1} / {P(latencies, 95):N1} / {P(latencies, 99):N1} ms", "");
        Row("model server's own time p50 / p99", $"{P(modelTimes, 50):N2} / {P(modelTimes, 99):N2} ms", "");
        Row("**memory overhead p50 / p99** (latency - model time)", $"**{P(overheads, 50):N1} / {P(overheads, 99):N1} ms**", Rate is null ? "(queueing: see the paced window)" : "p99 < 25 ms");
        Row("errors", errors.Count == 0 ? "0" : $"{Turns.Count - ok.Count} ({string.Join(", ", errors)})", "0");
        Row("memory jobs pending at the start / end of the window (the worker keeps up when this does not grow)", $"{PendingBefore:N0} / {PendingAfter:N0}", "");
        if (untimed > 0)
        {
            Row("turns whose model time was not recorded (counted as 0)", $"{untimed}", "");
        }

        Console.WriteLine();
        // CPU per turn is what decides the capacity of a machine: 500 turns/s on N cores leaves N * 2 ms for a turn's whole path.
        var turnsPerSecond = ok.Count / settings.Duration.TotalSeconds;
        Console.WriteLine("| process (CPU during the measured window) | cores | share | CPU per turn |");
        Console.WriteLine("|---|---|---|---|");
        var total = CpuCores.Values.Sum();
        string PerTurn(double cores) => turnsPerSecond > 0 ? $"{cores * 1000 / turnsPerSecond:N2} ms" : "";
        foreach (var (process, cores) in CpuCores.OrderByDescending(p => p.Value))
        {
            Row(process, $"{cores:N2}", $"{cores / total:P0}", PerTurn(cores));
        }

        Row("**total**", $"**{total:N2}** of {Environment.ProcessorCount}", "", $"**{PerTurn(total)}** (500 turns/s here allows {Environment.ProcessorCount * 1000.0 / 500:N1} ms)");
    }

    private static void Row(string metric, params string[] values) => Console.WriteLine($"| {metric} | {string.Join(" | ", values)} |");

    private static double P(double[] sorted, double percentile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
