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

    public static async Task<LoadResult> RunAsync(BenchmarkTopology stack, InstantModelServer model, LoadSettings settings)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Users * 2, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = stack.App.GetEndpoint("chatapi"), Timeout = TimeSpan.FromSeconds(60) };
        var run = Guid.NewGuid().ToString("N")[..8];
        var tokens = await Task.WhenAll(Enumerable.Range(0, settings.Users).Select(i => TokenAsync(http, $"load-{run}-{i}")));

        var clock = Stopwatch.StartNew();
        var measureFrom = settings.Warmup;
        var measureTo = settings.Warmup + settings.Duration;
        long requests = 0;
        var cpu = Task.Run(async () =>
        {
            await Task.Delay(measureFrom);
            var before = ProcessCpu.Snapshot();
            await Task.Delay(measureTo - clock.Elapsed);
            var after = ProcessCpu.Snapshot();
            return after.ToDictionary(p => p.Key, p => (p.Value - before.GetValueOrDefault(p.Key)) / settings.Duration.TotalSeconds);
        });

        async Task<(List<TurnSample> Samples, string? SessionId)> UserAsync(string token)
        {
            var samples = new List<TurnSample>();
            string? sessionId = null;
            while (clock.Elapsed < measureTo)
            {
                var request = Interlocked.Increment(ref requests);
                var message = $"{Messages[request % Messages.Length]} {InstantModelServer.Tag(request)}";
                var start = clock.Elapsed;
                int status;
                try
                {
                    using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chat") { Content = JsonContent.Create(new { message, sessionId, strategy = settings.Strategy }) };
                    post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    using var response = await http.SendAsync(post);
                    var body = await response.Content.ReadAsStringAsync();
                    status = (int)response.StatusCode;
                    if (response.StatusCode == HttpStatusCode.OK && sessionId is null)
                    {
                        sessionId = JsonDocument.Parse(body).RootElement.GetProperty("sessionId").GetString();
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    status = 0;
                }

                samples.Add(new TurnSample(request, start, clock.Elapsed, status));
            }

            return (samples, sessionId);
        }

        var users = await Task.WhenAll(tokens.Select(UserAsync));
        var cpuCores = await cpu;
        var pendingJobs = 0;
        foreach (var (token, sessionId) in tokens.Zip(users.Select(u => u.SessionId)))
        {
            pendingJobs += sessionId is null ? 0 : await PendingJobsAsync(http, token, sessionId);
        }

        var all = users.SelectMany(u => u.Samples).ToList();
        Console.Error.WriteLine($"{all.Count} turns in all (warm-up and window); the slowest took {all.Max(s => s.End - s.Start).TotalSeconds:N1} s; "
            + $"{all.Count(s => s.Status != 200)} failed");
        var measured = all.Where(s => s.Start >= measureFrom && s.End <= measureTo).ToList();
        return new LoadResult(measured, model.ModelMicroseconds, cpuCores, pendingJobs);
    }

    private static async Task<string> TokenAsync(HttpClient http, string user)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/dev/token", new { userName = user });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<int> PendingJobsAsync(HttpClient http, string token, string sessionId)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/sessions/{sessionId}");
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(get);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("session").GetProperty("pendingJobs").GetInt32();
    }
}

public sealed record LoadResult(IReadOnlyList<TurnSample> Turns, IReadOnlyDictionary<long, double> ModelMicroseconds, IReadOnlyDictionary<string, double> CpuCores, int PendingJobs)
{
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
        Console.WriteLine("| metric | value | target |");
        Console.WriteLine("|---|---|---|");
        Row("concurrent users (own token and session each)", $"{settings.Users}", "64");
        Row("strategy; services' log level; dashboard", $"{settings.Strategy ?? "hybrid (default)"}; {settings.LogLevel ?? "as configured (Information)"}; "
            + (settings.Dashboard ? "on (every span, log and metric exported and ingested here)" : "off (no telemetry exported)"), "");
        Row("measured window", $"{settings.Duration.TotalSeconds:0} s after {settings.Warmup.TotalSeconds:0} s warm-up", "");
        Row("turns completed", $"{ok.Count:N0}", "");
        Row("**turns/s**", $"**{ok.Count / settings.Duration.TotalSeconds:N1}**", ">= 500");
        Row("latency p50 / p95 / p99", $"{P(latencies, 50):N1} / {P(latencies, 95):N1} / {P(latencies, 99):N1} ms", "");
        Row("model server's own time p50 / p99", $"{P(modelTimes, 50):N2} / {P(modelTimes, 99):N2} ms", "");
        Row("**memory overhead p50 / p99** (latency - model time)", $"**{P(overheads, 50):N1} / {P(overheads, 99):N1} ms**", "p99 < 25 ms");
        Row("errors", errors.Count == 0 ? "0" : $"{Turns.Count - ok.Count} ({string.Join(", ", errors)})", "0");
        Row("memory jobs still pending after the run", $"{PendingJobs:N0}", "");
        if (untimed > 0)
        {
            Row("turns whose model time was not recorded (counted as 0)", $"{untimed}", "");
        }

        Console.WriteLine();
        Console.WriteLine("| process (CPU during the measured window) | cores | share |");
        Console.WriteLine("|---|---|---|");
        var total = CpuCores.Values.Sum();
        foreach (var (process, cores) in CpuCores.OrderByDescending(p => p.Value))
        {
            Row(process, $"{cores:N2}", $"{cores / total:P0}");
        }

        Row("**total**", $"**{total:N2}** of {Environment.ProcessorCount}", "");
    }

    private static void Row(string metric, string value, string target) => Console.WriteLine($"| {metric} | {value} | {target} |");

    private static double P(double[] sorted, double percentile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
