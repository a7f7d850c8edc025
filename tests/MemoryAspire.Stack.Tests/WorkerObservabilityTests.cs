using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MemoryAspire.Testing;
using Npgsql;

namespace MemoryAspire.Stack.Tests;

/// <summary>What MemoryWorker tells an operator: erasure metrics, the job queue's gauges and a health check that sees a stuck queue.</summary>
[Collection(StackTests.Name)]
public sealed class WorkerObservabilityTests(StackFixture stack)
{
    [Fact]
    public async Task A_completed_erasure_is_counted_and_timed()
    {
        var completedBefore = await WorkerMetrics.TotalAsync(stack, "memoryaspire.erasures.completed");
        var timedBefore = await WorkerMetrics.TotalAsync(stack, "memoryaspire.erasure.duration", "_count");
        using var client = await stack.ClientForAsync("measured-forgetter");
        var sessionId = (await client.ChatAsync("My name is Robin and I'm using Weaviate for the vector store.")).GetProperty("sessionId").GetString()!;
        await client.WaitForMemoryJobsAsync(sessionId);

        using var forget = await client.PostAsync("/api/v1/memory/forget", null);
        await stack.AssertStatusAsync(HttpStatusCode.Accepted, forget);
        var location = forget.Headers.Location!.ToString();
        await EventuallyAsync(async () => (await client.GetFromJsonAsync<JsonElement>(location)).GetProperty("status").GetString() == "completed", "the erasure completed");

        await EventuallyAsync(async () => await WorkerMetrics.TotalAsync(stack, "memoryaspire.erasures.completed") >= completedBefore + 1,
            $"memoryaspire.erasures.completed above {completedBefore}");
        await EventuallyAsync(async () => await WorkerMetrics.TotalAsync(stack, "memoryaspire.erasure.duration", "_count") >= timedBefore + 1,
            $"memoryaspire.erasure.duration with more than {timedBefore} observations");
    }

    [Fact]
    public async Task A_due_job_that_nobody_takes_makes_the_worker_degraded_then_unhealthy_and_shows_in_the_queue_gauges()
    {
        using var worker = stack.Stack.CreateHttpClient("memoryworker");
        var key = $"stuck:{Guid.NewGuid():N}";
        await using var db = await stack.OpenDatabaseAsync();
        try
        {
            // Held by a worker that stopped answering: due for 10 minutes, its lease running for another hour.
            await ExecuteAsync(db, """
                INSERT INTO jobs (kind, dedup_key, user_id, status, attempts, run_after, created_at, locked_by, locked_until)
                VALUES ('summarize', @key, '00000000-0000-0000-0000-000000000000', 'pending', 1, now() - interval '10 minutes', now(), 'hung-worker', now() + interval '1 hour')
                """, key);
            var degraded = await HealthAsync(worker, "Degraded");
            Assert.Equal(HttpStatusCode.OK, degraded.Status);
            Assert.Contains("Slow queue", degraded.Body, StringComparison.Ordinal);

            await ExecuteAsync(db, "UPDATE jobs SET run_after = now() - interval '40 minutes' WHERE dedup_key = @key", key);
            var unhealthy = await HealthAsync(worker, "Unhealthy");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.Status);
            Assert.Contains("Stuck queue", unhealthy.Body, StringComparison.Ordinal);

            await EventuallyAsync(async () => await WorkerMetrics.TotalAsync(stack, "memoryaspire.jobs.queue.oldest_age") >= 40 * 60,
                "memoryaspire.jobs.queue.oldest_age of at least 40 minutes");
            await EventuallyAsync(async () => await WorkerMetrics.TotalAsync(stack, "memoryaspire.jobs.queue.depth") >= 1, "memoryaspire.jobs.queue.depth of at least 1");
        }
        finally
        {
            await ExecuteAsync(db, "DELETE FROM jobs WHERE dedup_key = @key", key);
        }

        Assert.Equal(HttpStatusCode.OK, (await HealthAsync(worker, "Healthy")).Status);
    }

    /// <summary>The worker's <c>/health</c> once its report says <paramref name="status"/> (the queue is read every few seconds).</summary>
    private static async Task<(HttpStatusCode Status, string Body)> HealthAsync(HttpClient worker, string status)
    {
        (HttpStatusCode, string) last = default;
        await EventuallyAsync(async () =>
        {
            using var response = await worker.GetAsync("/health");
            last = (response.StatusCode, await response.Content.ReadAsStringAsync());
            return JsonDocument.Parse(last.Item2).RootElement.GetProperty("status").GetString() == status;
        }, $"the worker's health {status}", () => $"{last.Item1}: {last.Item2}");
        return last;
    }

    private static async Task ExecuteAsync(NpgsqlConnection db, string sql, string key)
    {
        await using var command = new NpgsqlCommand(sql, db);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task EventuallyAsync(Func<Task<bool>> probe, string what, Func<string>? seen = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await probe())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not true after 60 s: {what}. {seen?.Invoke()}");
            await Task.Delay(250);
        }
    }
}

/// <summary>MemoryWorker's metrics as its scraping endpoint shows them (cumulative counters, latest gauges).</summary>
internal static class WorkerMetrics
{
    /// <summary>The sum over the instrument's samples whose labels pass <paramref name="labels"/>; 0 when it has none yet.</summary>
    public static async Task<double> TotalAsync(StackFixture stack, string instrument, string suffix = "", Func<IReadOnlyDictionary<string, string>, bool>? labels = null)
    {
        using var worker = stack.Stack.CreateHttpClient("memoryworker");
        var samples = await MetricSample.ScrapeAsync(worker);
        var kind = suffix.Length > 0 ? suffix : MetricSample.Of(samples, instrument, "_total").Any() ? "_total" : "";
        return MetricSample.Of(samples, instrument, kind).Where(s => labels is null || labels(s.Labels)).Sum(s => s.Value);
    }
}
