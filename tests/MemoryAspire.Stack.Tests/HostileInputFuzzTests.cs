using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MemoryAspire.Memory.Turns;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Jobs;
using MemoryAspire.Memory.Text;
using Npgsql;
using Xunit.Abstractions;

namespace MemoryAspire.Stack.Tests;

/// <summary>
/// Hostile and unusual input sent to every route and method of ChatApi's OpenAPI document: no answer is a 5xx, every 4xx is
/// ProblemDetails, /health stays healthy, a chat message accepted with 200 reads back byte for byte from the messages
/// endpoint and the export, titles are cut between text elements and the model never receives a split character.
/// <c>HOSTILE_INPUT_SEED=n</c> repeats a run.
/// </summary>
[Collection(StackTests.Name)]
public sealed class HostileInputFuzzTests(StackFixture stack, ITestOutputHelper output)
{
    /// <summary>
    /// The lengths ChatApi and the engine cut text at: titles, quoted input, audit details, recall excerpts, job errors, and the
    /// pieces a very long word is counted in.
    /// </summary>
    public static readonly IReadOnlyList<int> CutLengths =
    [
        SessionTitles.MaxLength - TextCut.Ellipsis.Length, SessionTitles.MaxLength, Refusal.QuoteLength, AuditLog.MaxDetailLength,
        TokenCounter.MaxWord, RecallSelection.MaxLineChars, DurableJobs.MaxErrorLength,
    ];

    [Fact]
    public Task Every_route_of_the_openapi_document_answers_hostile_input_without_a_5xx() =>
        FuzzAsync(stack, output, "fuzz", operation => true, (fuzzer, operation) => fuzzer.RunAsync(operation), minimumCases: 4_000);

    /// <summary>
    /// Runs <paramref name="run"/> for each operation of the stack's OpenAPI document that <paramref name="include"/> picks,
    /// prints the seed, the case count by route and status and every failure, and fails on any failure or 5xx.
    /// </summary>
    internal static async Task FuzzAsync(StackFixture stack, ITestOutputHelper output, string name, Func<FuzzOperation, bool> include,
        Func<RouteFuzzer, FuzzOperation, Task> run, int minimumCases)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(run);
        var seed = int.TryParse(Environment.GetEnvironmentVariable("HOSTILE_INPUT_SEED"), out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        output.WriteLine($"seed {seed} (HOSTILE_INPUT_SEED={seed} repeats this run)");
        var clock = Stopwatch.StartNew();
        var document = await stack.ChatApi.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        // The OpenAI routes' valid body names the stack's first model (the offline stack has only 'offline').
        using var models = await stack.ClientForAsync($"{name}-models");
        var model = (await models.GetFromJsonAsync<JsonElement>("/v1/models")).GetProperty("data")[0].GetProperty("id").GetString()!;
        var operations = FuzzOperation.Read(document).Where(include).Select(o => o.WithModel(model)).ToList();
        output.WriteLine($"{operations.Count} operations of /openapi/v1.json: {string.Join(", ", operations.Select(o => $"{o.Method} {o.Path}"))}");

        using var fuzzer = new RouteFuzzer(stack, new HostileInput(new Random(seed), CutLengths), $"{name}{seed:x}");
        foreach (var operation in operations)
        {
            await run(fuzzer, operation);
        }

        await fuzzer.FinishAsync();
        output.WriteLine($"{fuzzer.Cases} cases in {clock.Elapsed.TotalSeconds:0.0} s; {fuzzer.ServerErrors} answered 5xx; "
            + $"{fuzzer.Accepted} chat messages accepted and read back; {fuzzer.RefusedByKestrel} refused by Kestrel before ChatApi (400/405/414/431 without a body); "
            + $"{fuzzer.NotSent} not sendable by HttpClient");
        foreach (var (route, count) in fuzzer.CasesByRoute.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {count,5} {route}");
        }

        foreach (var (status, count) in fuzzer.Statuses.OrderBy(s => s.Key))
        {
            output.WriteLine($"  status {status}: {count}");
        }

        foreach (var failure in fuzzer.Failures.Take(300))
        {
            output.WriteLine("FAIL " + failure);
        }

        Assert.True(fuzzer.Failures.Count == 0, $"{fuzzer.Failures.Count} failures (seed {seed}), first: {string.Join(Environment.NewLine, fuzzer.Failures.Take(10))}");
        Assert.Equal(0, fuzzer.ServerErrors);
        Assert.True(fuzzer.Cases >= minimumCases, $"only {fuzzer.Cases} cases ran");
    }

    [Fact]
    public async Task A_model_answer_holding_nul_is_stored_without_it_as_reply_summary_and_fact()
    {
        using var client = await stack.ClientForAsync("nul-model-user");
        string? sessionId = null;
        var turn = default(JsonElement);
        for (var i = 1; i <= 3; i++)
        {
            turn = await client.ChatAsync($"Turn {i}: call me Nully #nul", sessionId);
            sessionId = turn.GetProperty("sessionId").GetString();
            await client.WaitForMemoryJobsAsync(sessionId!);
        }

        var reply = turn.GetProperty("reply").GetString()!;
        Assert.StartsWith("Echo: Turn 3", reply, StringComparison.Ordinal);
        var messages = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/messages");
        Assert.Equal(reply, messages.EnumerateArray().Last().GetProperty("content").GetString());
        Assert.DoesNotContain(messages.EnumerateArray(), m => m.GetProperty("content").GetString()!.Contains('\0', StringComparison.Ordinal));

        var summary = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/summary");
        Assert.Contains("user said: Turn 1", summary.GetProperty("content").GetString(), StringComparison.Ordinal);
        var facts = await client.GetFromJsonAsync<JsonElement>("/api/v1/memory/facts");
        Assert.Contains(facts.EnumerateArray(), f => f.GetProperty("key").GetString() == "nickname" && f.GetProperty("value").GetString() == "Nully");

        using var stream = await client.PostAsJsonAsync("/api/v1/chat/stream", new { message = "Streamed #nul", sessionId });
        var events = RouteFuzzer.Events(await stream.Content.ReadAsStringAsync()).ToList();
        var streamed = string.Concat(events.Where(e => e.Name == "delta").Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("text").GetString()));
        var done = JsonDocument.Parse(events.Single(e => e.Name == "done").Data).RootElement;
        Assert.Equal(done.GetProperty("reply").GetString(), streamed);
        Assert.DoesNotContain("\0", streamed, StringComparison.Ordinal);
    }
}

/// <summary>One route and method of the OpenAPI document, with what it takes.</summary>
public sealed record FuzzOperation(string Method, string Path, IReadOnlyList<string> PathParameters, IReadOnlyList<string> QueryParameters, JsonObject? Body, IReadOnlyList<BodyLeaf> Leaves)
{
    /// <summary>A chat turn: counted by the per-user rate limit, its message stored and read back.</summary>
    public bool IsChat => Path.StartsWith("/api/v1/chat", StringComparison.Ordinal) || Path == "/v1/chat/completions";

    /// <summary>This operation with <paramref name="model"/> as its valid body's <c>model</c>, when it has one.</summary>
    public FuzzOperation WithModel(string model)
    {
        if (Body is not { } body || !body.ContainsKey("model"))
        {
            return this;
        }

        var copy = (JsonObject)body.DeepClone();
        copy["model"] = model;
        return this with { Body = copy };
    }

    /// <summary>The OpenAI-compatible routes, whose errors are OpenAI error objects, not ProblemDetails.</summary>
    public bool IsOpenAi => Path.StartsWith("/v1/", StringComparison.Ordinal);

    /// <summary>The field holding the new message: <c>message</c>, or the last message's text on <c>/v1/chat/completions</c>.</summary>
    public bool IsMessage(BodyLeaf leaf) =>
        IsChat && (IsOpenAi ? leaf.Name == "messages[0].content[0].text" : leaf.Last == "message");

    /// <summary>
    /// Valid bodies the schema alone cannot give (its defaults would name no model and ask for logprobs): OpenAI's request
    /// with its last message as text parts, so that the fuzzed texts land in the user's new message.
    /// </summary>
    private static readonly Dictionary<string, string> ValidBodies = new(StringComparer.Ordinal)
    {
        ["/v1/chat/completions"] = """{"model":"gpt-4o","messages":[{"role":"user","content":[{"type":"text","text":"Hello from the fuzz suite"}]}]}""",
    };

    public static IReadOnlyList<FuzzOperation> Read(JsonElement document)
    {
        List<FuzzOperation> operations = [];
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => m.Name is "get" or "put" or "post" or "delete" or "patch"))
            {
                var parameters = method.Value.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
                string[] Names(string where) => [.. parameters.Where(p => p.GetProperty("in").GetString() == where).Select(p => p.GetProperty("name").GetString()!)];
                JsonObject? body = null;
                List<BodyLeaf> leaves = [];
                if (method.Value.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.GetProperty("content").TryGetProperty("application/json", out var json) && json.TryGetProperty("schema", out var schema))
                {
                    body = ValidBodies.TryGetValue(path.Name, out var valid) ? JsonNode.Parse(valid)!.AsObject() : Sample(document, schema, null) as JsonObject ?? [];
                    CollectLeaves(document, schema, [], leaves);
                }

                operations.Add(new(method.Name.ToUpperInvariant(), path.Name, Names("path"), Names("query"), body, leaves));
            }
        }

        return operations;
    }

    /// <summary>A value the route accepts, so that each variant changes one thing; known field names get realistic values.</summary>
    private static JsonNode? Sample(JsonElement document, JsonElement schema, string? name)
    {
        schema = Resolve(document, schema);
        switch (name)
        {
            case "message": return "Hello from the fuzz suite";
            case "sessionId" or "strategy" or "roles": return null;
            case "key": return "vector store";
            case "value": return "Qdrant";
            case "category": return "technology";
            case "observedAt": return "2026-11-01T00:00:00Z";
            case "userName": return "fuzz-token-user";
        }

        return TypeOf(schema) switch
        {
            "object" => new JsonObject(Properties(schema).Select(p => KeyValuePair.Create(p.Name, Sample(document, p.Value, p.Name)))),
            "array" => new JsonArray(schema.TryGetProperty("items", out var items) ? [Sample(document, items, null)] : []),
            "integer" or "number" => 1,
            "boolean" => true,
            _ => "text",
        };
    }

    private static void CollectLeaves(JsonElement document, JsonElement schema, List<object> path, List<BodyLeaf> leaves)
    {
        schema = Resolve(document, schema);
        switch (TypeOf(schema))
        {
            case "object":
                foreach (var property in Properties(schema))
                {
                    CollectLeaves(document, property.Value, [.. path, property.Name], leaves);
                }

                break;
            case "array" when schema.TryGetProperty("items", out var items):
                leaves.Add(new([.. path], "array"));
                CollectLeaves(document, items, [.. path, 0], leaves);
                break;
            case var type:
                leaves.Add(new([.. path], type) { Format = schema.TryGetProperty("format", out var format) ? format.GetString() : null });
                break;
        }
    }

    private static List<JsonProperty> Properties(JsonElement schema) =>
        schema.TryGetProperty("properties", out var properties) ? [.. properties.EnumerateObject()] : [];

    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            return Resolve(document, document.GetProperty("components").GetProperty("schemas").GetProperty(name));
        }

        foreach (var combinator in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var options)
                && options.EnumerateArray().FirstOrDefault(o => !(o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null")) is { ValueKind: JsonValueKind.Object } option)
            {
                return Resolve(document, option);
            }
        }

        return schema;
    }

    private static string TypeOf(JsonElement schema)
    {
        if (schema.TryGetProperty("type", out var type))
        {
            var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()) : [type.GetString()];
            return names.FirstOrDefault(t => t != "null") ?? "null";
        }

        return schema.TryGetProperty("properties", out _) ? "object" : schema.TryGetProperty("items", out _) ? "array" : "string";
    }
}

/// <summary>A field of a request body: its path (property names and array indexes) and its JSON type.</summary>
public sealed record BodyLeaf(IReadOnlyList<object> Path, string Type)
{
    /// <summary>The schema's format (<c>date-time</c>, <c>uuid</c>...), when it gives one.</summary>
    public string? Format { get; init; }

    public string Name => string.Concat(Path.Select((p, i) => p is int n ? $"[{n}]" : i == 0 ? (string)p : $".{p}"));

    public string? Last => Path.Count > 0 ? Path[^1] as string : null;

    /// <summary>A copy of <paramref name="body"/> with this field set to <paramref name="value"/>, creating what is missing on the way.</summary>
    public JsonObject With(JsonObject body, JsonNode? value)
    {
        var copy = (JsonObject)body.DeepClone();
        JsonNode node = copy;
        for (var i = 0; i < Path.Count; i++)
        {
            var last = i == Path.Count - 1;
            var next = last ? value?.DeepClone() : Path[i + 1] is int ? new JsonArray() : new JsonObject();
            switch (node, Path[i])
            {
                case (JsonObject o, string name):
                    if (last || o[name] is null)
                    {
                        o[name] = next;
                    }

                    node = o[name]!;
                    break;
                case (JsonArray a, int index):
                    while (a.Count <= index)
                    {
                        a.Add(null);
                    }

                    if (last || a[index] is null)
                    {
                        a[index] = next;
                    }

                    node = a[index]!;
                    break;
            }

            if (node is null)
            {
                break;
            }
        }

        return copy;
    }
}

/// <summary>A user of the fuzz run with something of each kind a route can name: a session, a message, a fact.</summary>
public sealed class FuzzUser(string name, string token)
{
    public string Name { get; } = name;

    public string Token { get; } = token;

    public string SessionId { get; set; } = "";

    public string MessageId { get; set; } = "";

    public string FactId { get; set; } = "";

    public string? ErasureId { get; set; }

    public int ChatRequests { get; set; }

    public List<(string SessionId, string MessageId, string Sent, bool NewSession)> Accepted { get; } = [];
}

/// <summary>Sends the variants of each operation and keeps score.</summary>
public sealed class RouteFuzzer(StackFixture stack, HostileInput input, string runId) : IDisposable
{
    /// <summary>Chat requests one user may send before the next takes over (the stack allows 40 a minute per user).</summary>
    private const int ChatBudget = 35;

    private static readonly string[] AdminRoles = ["memory-admin"];

    /// <summary>Methods no route of the document has.</summary>
    private static readonly string[] OtherMethods = ["PATCH", "OPTIONS", "TRACE"];

    /// <summary>Bookkeeping one answer at a time, when requests are sent at once.</summary>
    private readonly SemaphoreSlim _gate = new(1, 1);

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        BaseAddress = stack.ChatApi.BaseAddress, Timeout = TimeSpan.FromSeconds(60),
    };

    private readonly List<FuzzUser> _finished = [];
    private readonly HashSet<string> _sent = new(StringComparer.Ordinal);
    private FuzzUser? _other;
    private int _users;

    public int Cases { get; private set; }

    public int ServerErrors { get; private set; }

    public int Accepted { get; private set; }

    public int RefusedByKestrel { get; private set; }

    public int NotSent { get; private set; }

    public List<string> Failures { get; } = [];

    public Dictionary<string, int> CasesByRoute { get; } = [];

    public Dictionary<int, int> Statuses { get; } = [];

    public async Task RunAsync(FuzzOperation operation)
    {
        if (_other is null)
        {
            // Another user's session, message and fact exist; another user's erasure belongs to a third, who asked to be forgotten.
            _other = await NewUserAsync(withErasure: false);
            _other.ErasureId = (await NewUserAsync(withErasure: true)).ErasureId;
        }

        var user = await NewUserAsync(operation.PathParameters.Contains("id") && operation.Path.Contains("/forget/", StringComparison.Ordinal));

        await SendAsync(operation, user, Variant.Valid(operation));
        foreach (var parameter in operation.PathParameters)
        {
            await SendAsync(operation, user, Variant.Valid(operation) with { Description = $"{parameter}=other user's", Route = Route(operation, user, (parameter, IdOf(parameter, operation, _other))) });
            foreach (var odd in input.OddIds())
            {
                await SendAsync(operation, user, Variant.Valid(operation) with
                {
                    Description = $"{parameter}={odd.Name}", Route = Route(operation, user, (parameter, odd.Value)),
                    KestrelMayRefuse = odd.RefusedByKestrel,
                });
                user = await NextIfSpentAsync(operation, user);
            }
        }

        foreach (var parameter in operation.QueryParameters)
        {
            foreach (var odd in HostileInput.OddQueryValues().Concat(input.Texts().Where(t => Encoding.UTF8.GetByteCount(t.Value) < 2_000).Select(t => t with { Value = Uri.EscapeDataString(t.Value) })))
            {
                await SendAsync(operation, user, Variant.Valid(operation) with { Description = $"?{parameter}={odd.Name}", Route = Route(operation, user) + $"?{parameter}={odd.Value}" });
            }

            await SendAsync(operation, user, Variant.Valid(operation) with { Description = $"?{parameter} twice", Route = Route(operation, user) + $"?{parameter}=1&{parameter}=2" });
        }

        if (operation.Body is { } body)
        {
            user = await RunBodiesAsync(operation, user, body);
        }

        foreach (var (name, headers, kestrel) in HeaderVariants(user))
        {
            user = await NextIfSpentAsync(operation, user);
            await SendAsync(operation, user, Variant.Valid(operation) with { Description = $"header {name}", Headers = headers, KestrelMayRefuse = kestrel });
        }

        foreach (var (name, header) in RawHeaders)
        {
            user = await NextIfSpentAsync(operation, user);
            await SendRawAsync(operation, user, name, header);
        }

        foreach (var method in OtherMethods.Where(m => !operation.Method.Equals(m, StringComparison.Ordinal)))
        {
            await SendAsync(operation with { Method = method }, user, Variant.Valid(operation) with { Description = $"method {method}", KestrelMayRefuse = method == "TRACE" });
        }

        if (operation.Method != "GET")
        {
            // The same request four times at once, with one Idempotency-Key: a client retrying before the first answer came.
            user = await NextIfSpentAsync(operation, user);
            var key = $"fuzz-{Guid.NewGuid():N}";
            List<(string, string)> headers = [("Authorization", $"Bearer {user.Token}"), ("X-System-Key", StackFixture.SystemKey), ("Idempotency-Key", key)];
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SendAsync(operation, user, Variant.Valid(operation) with { Description = "four at once, one idempotency key", Headers = headers })));
        }

        await FinishUserAsync(user);
    }

    /// <summary>Only the texts of the chat message, in a new and an existing session: what the models and the memory jobs read.</summary>
    public async Task RunMessagesAsync(FuzzOperation operation)
    {
        var user = await NewUserAsync(withErasure: false);
        if (operation.Body is { } body)
        {
            user = await RunTextsAsync(operation, user, body, operation.Leaves.Where(l => l.Type == "string" && operation.IsMessage(l)));
        }

        await FinishUserAsync(user);
    }

    private async Task<FuzzUser> RunBodiesAsync(FuzzOperation operation, FuzzUser user, JsonObject body)
    {
        var stringLeaves = operation.Leaves.Where(l => l.Type == "string").ToList();
        user = await RunTextsAsync(operation, user, body, stringLeaves);
        JsonNode?[] wrongTypes = [42, -1.5, 1e308, true, null, new JsonArray(), new JsonObject(), "text", new JsonArray(1, "2", null), new JsonObject { ["a"] = new JsonObject { ["b"] = new JsonArray() } }];
        foreach (var leaf in operation.Leaves)
        {
            foreach (var wrong in wrongTypes.Where(w => !(leaf.Type == "string" && w is JsonValue v && v.GetValueKind() == JsonValueKind.String)))
            {
                user = await NextIfSpentAsync(operation, user);
                await SendAsync(operation, user, Variant.Valid(operation) with
                {
                    Description = $"{leaf.Name} as {wrong?.ToJsonString() ?? "null"}", Body = Encoding.UTF8.GetBytes(leaf.With(body, wrong).ToJsonString()),
                });
            }
        }

        foreach (var leaf in operation.Leaves.Where(l => l.Type == "array"))
        {
            // Lists: empty, one item twice, the item and a variant of it (same first field, say the same key), too many.
            var item = Get(body, leaf.Path) is JsonArray { Count: > 0 } items ? items[0] : null;
            var variant = item?.DeepClone();
            if (variant is JsonObject fields)
            {
                fields[fields.ContainsKey("value") ? "value" : fields.Last().Key] = "another value";
            }

            (string Name, JsonArray Value)[] lists =
            [
                ("empty", []), ("the same item twice", [item?.DeepClone(), item?.DeepClone()]), ("an item and a variant", [item?.DeepClone(), variant]),
                ("101 items", [.. Enumerable.Range(0, 101).Select(_ => item?.DeepClone())]),
            ];
            foreach (var (name, list) in lists)
            {
                user = await NextIfSpentAsync(operation, user);
                await SendAsync(operation, user, Variant.Valid(operation) with { Description = $"{leaf.Name}: {name}", Body = Encoding.UTF8.GetBytes(leaf.With(body, list).ToJsonString()) });
            }
        }

        var marked = stringLeaves.Select(l => (l.Name, l.With(body, HostileInput.Marker).ToJsonString())).ToList();
        foreach (var raw in HostileInput.RawBodies(body.ToJsonString(), marked))
        {
            user = await NextIfSpentAsync(operation, user);
            await SendAsync(operation, user, Variant.Valid(operation) with { Description = $"body {raw.Name}", Body = raw.Bytes, ContentType = raw.ContentType });
        }

        return user;
    }

    private async Task<FuzzUser> RunTextsAsync(FuzzOperation operation, FuzzUser user, JsonObject body, IEnumerable<BodyLeaf> leaves)
    {
        var texts = input.Texts();
        var aroundCuts = input.AroundCuts();
        foreach (var leaf in leaves)
        {
            var isMessage = operation.IsMessage(leaf);
            // Chat: every text in a new and in an existing session; the cut lengths in a new session on /chat (the title) and in
            // an existing one on /chat/stream (recall excerpts of the earlier sessions). /v1 names sessions by header: new ones only.
            List<(Sample Text, bool Existing)> values = [.. texts.Select(t => (t, false))];
            if (isMessage && !operation.IsOpenAi)
            {
                values.AddRange(texts.Select(t => (t, true)));
                values.AddRange(aroundCuts.Select(t => (t, operation.Path.EndsWith("/stream", StringComparison.Ordinal))));
            }
            else
            {
                values.AddRange(aroundCuts.Select(t => (t, false)));
            }

            if (leaf.Format == "date-time")
            {
                values.AddRange(HostileInput.OddDates().Select(t => (t, false)));
            }

            var index = 0;
            foreach (var (text, existing) in values)
            {
                user = await NextIfSpentAsync(operation, user);
                var json = leaf.With(WithSession(operation, body, existing ? user.SessionId : null), text.Value);
                var serialized = json.ToJsonString(index++ % 2 == 0 ? Relaxed : JsonSerializerOptions.Default);
                await SendAsync(operation, user, Variant.Valid(operation) with
                {
                    Description = $"{leaf.Name}={text.Name}{(existing ? " (existing session)" : "")}", Body = Encoding.UTF8.GetBytes(serialized),
                    SentMessage = isMessage ? text.Value : null, NewSession = !existing,
                });
            }
        }

        return user;
    }

    private static JsonNode? Get(JsonNode? node, IReadOnlyList<object> path) =>
        path.Aggregate(node, (at, step) => (at, step) switch
        {
            (JsonObject o, string name) => o[name],
            (JsonArray a, int index) when index < a.Count => a[index],
            _ => null,
        });

    private static JsonObject WithSession(FuzzOperation operation, JsonObject body, string? sessionId)
    {
        if (!operation.IsChat || operation.IsOpenAi)
        {
            return body;
        }

        var copy = (JsonObject)body.DeepClone();
        copy["sessionId"] = sessionId;
        return copy;
    }

    private static IEnumerable<(string Name, List<(string, string)> Headers, bool KestrelMayRefuse)> HeaderVariants(FuzzUser user)
    {
        var bearer = $"Bearer {user.Token}";
        yield return ("no credentials", [], false);
        yield return ("bearer without token", [("Authorization", "Bearer")], false);
        yield return ("garbage bearer", [("Authorization", "Bearer not.a.jwt")], false);
        yield return ("basic auth", [("Authorization", "Basic Zm9vOmJhcg==")], false);
        yield return ("16 KB bearer", [("Authorization", "Bearer " + new string('a', 16_000))], false);
        yield return ("wrong system key", [("Authorization", bearer), ("X-System-Key", "wrong")], false);
        yield return ("16 KB system key", [("Authorization", bearer), ("X-System-Key", new string('k', 16_000))], false);
        yield return ("long idempotency key", [("Authorization", bearer), ("X-System-Key", StackFixture.SystemKey), ("Idempotency-Key", new string('i', 201))], false);
        yield return ("16 KB idempotency key", [("Authorization", bearer), ("X-System-Key", StackFixture.SystemKey), ("Idempotency-Key", new string('i', 16_000))], false);
        yield return ("16 KB unknown header", [("Authorization", bearer), ("X-Padding", new string('p', 16_000))], false);
        yield return ("64 KB header", [("Authorization", bearer), ("X-Padding", new string('p', 64_000))], true);
        yield return ("150 headers", [("Authorization", bearer), .. Enumerable.Range(0, 150).Select(i => ($"X-Header-{i}", "v"))], true);
        yield return ("odd accept", [("Authorization", bearer), ("X-System-Key", StackFixture.SystemKey), ("Accept", "application/xml;q=0.9, */*;q=0.1")], false);
    }

    /// <summary>Header bytes HttpClient refuses to send (non-ASCII, NUL, bare CR, folding), written to the socket as they are.</summary>
    private static readonly (string Name, byte[] Header)[] RawHeaders =
    [
        ("latin-1 idempotency key", [.. "Idempotency-Key: cl"u8, 0xE9, .. "\r\n"u8]),
        ("utf-8 idempotency key", [.. "Idempotency-Key: "u8, 0xF0, 0x9F, 0x99, 0x82, .. "\r\n"u8]),
        ("nul in idempotency key", [.. "Idempotency-Key: a"u8, 0x00, .. "b\r\n"u8]),
        ("control byte in idempotency key", [.. "Idempotency-Key: a"u8, 0x01, .. "b\r\n"u8]),
        ("bare cr in a header", [.. "Idempotency-Key: a\rb\r\n"u8]),
        ("folded header", [.. "Idempotency-Key: a\r\n folded\r\n"u8]),
        ("non-ascii header name", [.. "X-Odd"u8, 0xE9, .. ": 1\r\n"u8]),
        ("header without colon", [.. "NoColonHere\r\n"u8]),
        ("none odd, a quoted utf-8 charset", [.. "X-Probe: 1\r\n"u8]),
        ("gzip content encoding on a plain body", [.. "Content-Encoding: gzip\r\n"u8]),
    ];

    private async Task SendRawAsync(FuzzOperation operation, FuzzUser user, string name, byte[] header)
    {
        var label = $"{operation.Method} {operation.Path} [raw header {name}]";
        var body = operation.Body is { } valid ? Encoding.UTF8.GetBytes(WithSession(operation, valid, user.SessionId).ToJsonString()) : [];
        var address = _http.BaseAddress!;
        var head = Encoding.ASCII.GetBytes($"{operation.Method} {Route(operation, user)} HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n"
            + $"Authorization: Bearer {user.Token}\r\nX-System-Key: {StackFixture.SystemKey}\r\n"
            + $"Content-Type: application/json; charset=\"utf-8\"\r\nContent-Length: {body.Length}\r\n");
        if (operation.IsChat)
        {
            user.ChatRequests++;
        }

        Cases++;
        var key = $"{operation.Method} {operation.Path}";
        CasesByRoute[key] = CasesByRoute.GetValueOrDefault(key) + 1;
        try
        {
            var (status, mediaType, text) = await RawHttp.SendAsync(address, [.. head, .. header, .. "\r\n"u8, .. body]);
            await JudgeAsync(operation, label, user, new Variant(operation.Method, "", name, body, null, null) { KestrelMayRefuse = true }, status, mediaType, text);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or OperationCanceledException or FormatException)
        {
            Failures.Add($"{label}: no answer ({e.GetType().Name}: {e.Message})");
        }
    }

    private async Task<FuzzUser> NextIfSpentAsync(FuzzOperation operation, FuzzUser user)
    {
        if (!operation.IsChat || user.ChatRequests < ChatBudget)
        {
            return user;
        }

        await FinishUserAsync(user);
        return await NewUserAsync(withErasure: false);
    }

    private static string Route(FuzzOperation operation, FuzzUser user, params (string Name, string Value)[] overrides)
    {
        var path = operation.Path;
        foreach (var parameter in operation.PathParameters)
        {
            var value = overrides.FirstOrDefault(o => o.Name == parameter).Value ?? IdOf(parameter, operation, user);
            path = path.Replace($"{{{parameter}}}", value, StringComparison.Ordinal);
        }

        return path;
    }

    private static string IdOf(string parameter, FuzzOperation operation, FuzzUser user) => parameter switch
    {
        "sessionId" => user.SessionId,
        "messageId" => user.MessageId,
        "subject" => user.Name,
        "id" when operation.Path.Contains("/forget/", StringComparison.Ordinal) => user.ErasureId ?? Guid.NewGuid().ToString(),
        "id" => user.FactId,
        _ => Guid.NewGuid().ToString(),
    };

    private async Task<FuzzUser> NewUserAsync(bool withErasure)
    {
        var name = $"{runId}-{++_users}";
        using var tokenResponse = await _http.PostAsJsonAsync("/api/v1/dev/token", new { userName = name, roles = AdminRoles });
        tokenResponse.EnsureSuccessStatusCode();
        var user = new FuzzUser(name, (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!);

        using var chat = Request(HttpMethod.Post, "/api/v1/chat", user);
        chat.Content = JsonContent.Create(new { message = "Hello, I use Qdrant for the vector store." });
        using var turn = await _http.SendAsync(chat);
        user.ChatRequests++;
        var result = await turn.Content.ReadFromJsonAsync<JsonElement>();
        user.SessionId = result.GetProperty("sessionId").GetString()!;
        user.MessageId = result.GetProperty("userMessageId").GetString()!;

        using var fact = Request(HttpMethod.Put, $"/api/v1/system/users/{name}/facts", user);
        fact.Content = JsonContent.Create(new { facts = new[] { new { key = "employer", value = "Contoso", category = "work" } } });
        using var recorded = await _http.SendAsync(fact);
        user.FactId = (await recorded.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("factId").GetString()!;

        if (withErasure)
        {
            using var forget = Request(HttpMethod.Post, "/api/v1/memory/forget", user);
            using var accepted = await _http.SendAsync(forget);
            user.ErasureId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        }

        return user;
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, FuzzUser user)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        request.Headers.Add("X-System-Key", StackFixture.SystemKey);
        return request;
    }

    private sealed record Variant(string Method, string Route, string Description, byte[]? Body, string? ContentType, List<(string, string)>? Headers)
    {
        public string? SentMessage { get; init; }

        public bool NewSession { get; init; }

        public bool KestrelMayRefuse { get; init; }

        public static Variant Valid(FuzzOperation operation) => new(operation.Method, "", "valid", null, "application/json", null);
    }

    private async Task SendAsync(FuzzOperation operation, FuzzUser user, Variant variant)
    {
        var route = variant.Route.Length > 0 ? variant.Route : Route(operation, user);
        var body = variant.Body ?? (operation.Body is { } valid ? Encoding.UTF8.GetBytes(WithSession(operation, valid, user.SessionId).ToJsonString()) : null);
        var label = $"{operation.Method} {operation.Path} [{variant.Description}]";
        HttpRequestMessage request;
        try
        {
            request = new HttpRequestMessage(new HttpMethod(operation.Method), new Uri(route, UriKind.Relative));
            foreach (var (name, value) in variant.Headers ?? [("Authorization", $"Bearer {user.Token}"), ("X-System-Key", StackFixture.SystemKey)])
            {
                if (!request.Headers.TryAddWithoutValidation(name, value))
                {
                    throw new FormatException($"header {name} refused by HttpClient");
                }
            }

            if (body is not null)
            {
                // A body over the limit is answered 413 before it is sent, instead of the server closing the socket mid-upload.
                request.Headers.ExpectContinue = body.Length > 1_000_000;
                request.Content = new ByteArrayContent(body);
                if (variant.ContentType is { } type)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
                }
            }
        }
        catch (Exception e) when (e is UriFormatException or FormatException or InvalidOperationException)
        {
            NotSent++;
            return;
        }

        using (request)
        {
            HttpResponseMessage? response = null;
            Exception? failure = null;
            try
            {
                response = await _http.SendAsync(request);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                failure = e;
            }

            await _gate.WaitAsync();
            try
            {
                if (operation.IsChat)
                {
                    user.ChatRequests++;
                }

                Cases++;
                var key = $"{operation.Method} {operation.Path}";
                CasesByRoute[key] = CasesByRoute.GetValueOrDefault(key) + 1;
                if (response is null)
                {
                    Failures.Add($"{label}: no answer ({failure?.GetType().Name}: {failure?.Message})");
                    return;
                }

                using (response)
                {
                    var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
                    await JudgeAsync(operation, label, user, variant, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, text);
                }
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    private async Task JudgeAsync(FuzzOperation operation, string label, FuzzUser user, Variant variant, int status, string? mediaType, string text)
    {
        Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
        if (status >= 500)
        {
            ServerErrors++;
            Failures.Add($"{label}: {status} {Snippet(text)}");
            return;
        }

        if (status >= 400)
        {
            if (variant.KestrelMayRefuse && status is 400 or 405 or 414 or 431 && text.Length == 0)
            {
                RefusedByKestrel++;
                return;
            }

            if (operation.IsOpenAi)
            {
                JudgeOpenAiError(label, status, mediaType, text);
                return;
            }

            if (mediaType != "application/problem+json")
            {
                Failures.Add($"{label}: {status} as {mediaType ?? "no content type"}, not ProblemDetails: {Snippet(text)}");
                return;
            }

            using var problem = JsonDocument.Parse(text);
            if (!problem.RootElement.TryGetProperty("status", out var code) || code.GetInt32() != status
                || !problem.RootElement.TryGetProperty("title", out var title) || string.IsNullOrWhiteSpace(title.GetString()))
            {
                Failures.Add($"{label}: {status} ProblemDetails without status and title: {Snippet(text)}");
            }

            return;
        }

        JsonElement? turn = null;
        if (mediaType == "text/event-stream" && operation.IsOpenAi)
        {
            // OpenAI's chunks carry no event names: a failure after the first chunk is a data line holding an error object.
            foreach (var data in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(b => b.StartsWith("data: ", StringComparison.Ordinal) ? b[6..] : "").Where(d => d.StartsWith('{')))
            {
                using var parsed = JsonDocument.Parse(data);
                if (parsed.RootElement.TryGetProperty("error", out var error) && error.GetProperty("type").GetString() == "server_error")
                {
                    ServerErrors++;
                    Failures.Add($"{label}: error chunk {Snippet(data)}");
                }
            }
        }
        else if (mediaType == "text/event-stream")
        {
            foreach (var (name, data) in Events(text))
            {
                using var parsed = JsonDocument.Parse(data);
                if (name == "error" && parsed.RootElement.GetProperty("status").GetInt32() >= 500)
                {
                    ServerErrors++;
                    Failures.Add($"{label}: error event {Snippet(data)}");
                }
                else if (name == "done")
                {
                    turn = parsed.RootElement.Clone();
                }
            }
        }
        else if (variant.SentMessage is not null && status == 200)
        {
            // The OpenAI answer's ids are in its extra 'memory' field.
            var root = JsonDocument.Parse(text).RootElement;
            turn = (operation.IsOpenAi ? root.GetProperty("memory") : root).Clone();
        }

        if (variant.SentMessage is { } sent && turn is { } result)
        {
            await ReadBackAsync(label, user, sent, variant.NewSession, result);
        }
    }

    /// <summary>An error of the OpenAI-compatible routes: OpenAI's <c>{"error":{"message","type","param","code"}}</c> as JSON, with a message and a type.</summary>
    private void JudgeOpenAiError(string label, int status, string? mediaType, string text)
    {
        if (mediaType != "application/json")
        {
            Failures.Add($"{label}: {status} as {mediaType ?? "no content type"}, not an OpenAI error object: {Snippet(text)}");
            return;
        }

        using var answer = JsonDocument.Parse(text);
        if (!answer.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object
            || !error.TryGetProperty("message", out var message) || string.IsNullOrWhiteSpace(message.GetString())
            || !error.TryGetProperty("type", out var type) || string.IsNullOrWhiteSpace(type.GetString()))
        {
            Failures.Add($"{label}: {status} without an OpenAI error's message and type: {Snippet(text)}");
        }
    }

    /// <summary>The accepted message as the messages endpoint returns it, at once; the export is checked when the user is done.</summary>
    private async Task ReadBackAsync(string label, FuzzUser user, string sent, bool newSession, JsonElement turn)
    {
        Accepted++;
        _sent.Add(sent);
        var sessionId = turn.GetProperty("sessionId").GetString()!;
        var messageId = turn.GetProperty("userMessageId").GetString()!;
        user.Accepted.Add((sessionId, messageId, sent, newSession));
        using var request = Request(HttpMethod.Get, $"/api/v1/sessions/{sessionId}/messages", user);
        using var response = await _http.SendAsync(request);
        var messages = await response.Content.ReadFromJsonAsync<JsonElement>();
        var stored = messages.EnumerateArray().FirstOrDefault(m => m.GetProperty("id").GetString() == messageId);
        if (stored.ValueKind != JsonValueKind.Object || stored.GetProperty("content").GetString() != sent)
        {
            Failures.Add($"{label}: message {messageId} reads back differently from the messages endpoint");
        }
    }

    private async Task FinishUserAsync(FuzzUser user)
    {
        if (_finished.Contains(user))
        {
            return;
        }

        _finished.Add(user);
        if (user.Accepted.Count == 0)
        {
            return;
        }

        using var exportRequest = Request(HttpMethod.Get, "/api/v1/memory/export", user);
        using var exportResponse = await _http.SendAsync(exportRequest);
        var export = await exportResponse.Content.ReadFromJsonAsync<JsonElement>();
        var exported = export.GetProperty("sessions").EnumerateArray().SelectMany(s => s.GetProperty("messages").EnumerateArray())
            .ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("content").GetString());
        using var sessionsRequest = Request(HttpMethod.Get, "/api/v1/sessions", user);
        using var sessionsResponse = await _http.SendAsync(sessionsRequest);
        var titles = (await sessionsResponse.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("title").GetString());
        foreach (var (sessionId, messageId, sent, newSession) in user.Accepted)
        {
            if (!exported.TryGetValue(messageId, out var content) || content != sent)
            {
                Failures.Add($"user {user.Name}: message {messageId} reads back differently from the export");
            }

            if (newSession && titles.TryGetValue(sessionId, out var title) && TitleProblem(sent, title ?? "") is { } problem)
            {
                Failures.Add($"user {user.Name}: session {sessionId}: {problem}");
            }
        }
    }

    /// <summary>A title is the message's first line, whole or cut between two text elements before "...".</summary>
    private static string? TitleProblem(string message, string title)
    {
        var line = message.Trim().ReplaceLineEndings(" ");
        if (!HostileInput.IsWellFormed(title))
        {
            return "the title holds half a surrogate pair";
        }

        if (title == line)
        {
            return null;
        }

        var kept = title.EndsWith("...", StringComparison.Ordinal) ? title[..^3] : title;
        return line.StartsWith(kept, StringComparison.Ordinal) && HostileInput.IsTextElementBoundary(line, kept.Length)
            ? null
            : $"the title is not the message cut between text elements ({kept.Length} of {line.Length} characters kept)";
    }

    public async Task FinishAsync()
    {
        var prompts = stack.Model.ChatPrompts.Where(p => _sent.Contains(p.LastUser)).ToList();
        foreach (var prompt in prompts.Where(p => p.Messages.Any(m => !HostileInput.IsWellFormed(m.Content) || m.Content.Contains('\uFFFD', StringComparison.Ordinal))))
        {
            Failures.Add($"a prompt to the model holds a split character (U+FFFD), after a message of {prompt.LastUser.Length} characters");
        }

        using var health = await _http.GetAsync("/health");
        if (health.StatusCode != HttpStatusCode.OK)
        {
            Failures.Add($"/health answered {(int)health.StatusCode} after the run: {Snippet(await health.Content.ReadAsStringAsync())}");
        }

        await using var db = await stack.OpenDatabaseAsync();
        await using var pending = new NpgsqlCommand(
            "SELECT count(*) FROM jobs j JOIN users u ON u.id = j.user_id WHERE u.subject LIKE @run AND j.status = 'pending'", db);
        pending.Parameters.AddWithValue("run", runId + "-%");
        for (var deadline = DateTime.UtcNow.AddSeconds(30); (long)(await pending.ExecuteScalarAsync())! > 0 && DateTime.UtcNow < deadline;)
        {
            await Task.Delay(250);
        }

        await using var failed = new NpgsqlCommand(
            "SELECT count(*) FROM jobs j JOIN users u ON u.id = j.user_id WHERE u.subject LIKE @run AND j.last_error IS NOT NULL", db);
        failed.Parameters.AddWithValue("run", runId + "-%");
        if ((long)(await failed.ExecuteScalarAsync())! is var count and > 0)
        {
            Failures.Add($"{count} memory jobs of the fuzz users failed at least once");
        }
    }

    public static IEnumerable<(string Name, string Data)> Events(string stream)
    {
        foreach (var block in stream.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n');
            var name = lines.FirstOrDefault(l => l.StartsWith("event: ", StringComparison.Ordinal))?[7..];
            var data = lines.FirstOrDefault(l => l.StartsWith("data: ", StringComparison.Ordinal))?[6..];
            if (name is not null && data is not null)
            {
                yield return (name, data);
            }
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _gate.Dispose();
    }

    private static string Snippet(string text) => TextCut.Shorten(text, 300);
}

/// <summary>HTTP/1.1 over a bare socket, for requests HttpClient will not write; reads the answer until the server closes.</summary>
public static class RawHttp
{
    public static async Task<(int Status, string? MediaType, string Body)> SendAsync(Uri address, byte[] request)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(address.Host, address.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(request, timeout.Token);
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer, timeout.Token);
        var bytes = answer.ToArray();
        var split = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (split < 0)
        {
            throw new FormatException($"no complete answer ({bytes.Length} bytes)");
        }

        var lines = Encoding.ASCII.GetString(bytes, 0, split).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        string? Header(string name) => lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(p => p[1].Trim()).FirstOrDefault();
        var body = bytes[(split + 4)..];
        if (Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Unchunk(body);
        }

        var mediaType = Header("Content-Type")?.Split(';')[0].Trim();
        return (status, mediaType, Encoding.UTF8.GetString(body));
    }

    private static byte[] Unchunk(byte[] chunked)
    {
        using var body = new MemoryStream();
        var at = 0;
        while (at < chunked.Length)
        {
            var end = chunked.AsSpan(at).IndexOf("\r\n"u8);
            var size = Convert.ToInt32(Encoding.ASCII.GetString(chunked, at, end).Split(';')[0], 16);
            if (size == 0)
            {
                break;
            }

            body.Write(chunked, at + end + 2, size);
            at += end + 2 + size + 2;
        }

        return body.ToArray();
    }
}
