using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using MemoryAspire.LoadDriver;
using Npgsql;

// Usage: MemoryAspire.Retention.Benchmark [--rows 1000000] [--users 16] [--rate 16] [--before 30] [--duration 120] [--batch 5000] [--replicas 1]
//        [--max-rows-per-second 0] [--statements] [--probe] [--pg name=value ...]
// Seeds expired messages and facts (half each) in the load driver's topology, then runs one paced chat window with the load
// driver's chat loop and, part-way into it, the retention sweep in a process of its own (as the worker runs it: its CPU and
// garbage collections are not this process's, which serves the model and times the turns); prints rows/s and chat latency
// with and without the sweep, and with --statements where PostgreSQL's time went during the sweep.
if (args is ["sweep", ..])
{
    return await SweeperProcess.RunAsync();
}

int Arg(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
var rows = Arg("--rows", 1_000_000);
var users = Arg("--users", 16);
var rate = Arg("--rate", 16);
var before = TimeSpan.FromSeconds(Arg("--before", 30));
var duration = TimeSpan.FromSeconds(Arg("--duration", 120));
var batch = Arg("--batch", 5000);
var replicas = Arg("--replicas", 1);
var maxRowsPerSecond = Arg("--max-rows-per-second", 0);
var statements = args.Contains("--statements");
// --probe: record where the stack stalls (see StallProbe) over the whole window, to place the latency spikes.
var probing = args.Contains("--probe");
// --pg name=value (repeatable): a PostgreSQL setting for this run, to try the server's knobs against the sweep.
List<string> postgresSettings = [.. statements ? BenchmarkTopology.StatementStatsSettings : [], .. args.Select((a, i) => (a, i)).Where(p => p.a == "--pg" && p.i + 1 < args.Length)
    .Select(p => args[p.i + 1])];
var warmup = TimeSpan.FromSeconds(15);

// The deployed policy; the worker's own sweeper is off so that the benchmark decides when the sweep starts.
var policy = new Dictionary<string, string>
{
    ["Retention__Messages"] = "30.00:00:00",
    ["Retention__Facts"] = "30.00:00:00",
    ["Retention__SweepInterval"] = "0",
};
var settings = new LoadSettings(users, warmup, duration, null, "Warning", false, rate);
await using var model = await InstantModelServer.StartAsync();
await using var stack = await BenchmarkTopology.StartAsync(model.ConnectionString, settings, policy, postgresSettings);
var database = (await stack.App.GetConnectionStringAsync("memorydb"))!;

var seeding = Stopwatch.StartNew();
await using (var db = new NpgsqlConnection(database))
{
    await db.OpenAsync();
    var messages = rows / 2;
    const int PerUser = 50;
    var seedUsers = Math.Max(1, messages / PerUser);
    // Each user has one session whose 50 old messages are contiguous in time, as a real session's are, and 50 facts, each
    // extracted from one of those messages and last observed 60 days ago: expired both by the fact policy and by the
    // cascade from their message, which is the path the sweep takes (messages are swept first).
    await using var seed = new NpgsqlCommand($"""
        BEGIN;
        INSERT INTO users (id, subject, created_at) SELECT gen_random_uuid(), 'retention-bench-' || g, now() FROM generate_series(1, {seedUsers}) g;
        CREATE TEMP TABLE bench_sessions AS
          SELECT gen_random_uuid() AS id, u.id AS user_id, row_number() OVER () AS n FROM users u WHERE u.subject LIKE 'retention-bench-%';
        INSERT INTO sessions (id, user_id, strategy, next_sequence, created_at, last_active_at)
          SELECT id, user_id, 'hybrid', {PerUser + 1}, now(), now() FROM bench_sessions;
        INSERT INTO messages (id, session_id, user_id, sequence, role, content, tokens, pii_kinds, created_at)
          SELECT gen_random_uuid(), s.id, s.user_id, g, CASE WHEN g % 2 = 1 THEN 'user' ELSE 'assistant' END,
                 'an old message about vector stores and chunking, number ' || g, 12, '{"{}"}',
                 now() - interval '90 days' + (s.n * {PerUser} + g) * interval '10 ms'
          FROM bench_sessions s, generate_series(1, {PerUser}) g;
        INSERT INTO facts (id, user_id, key, value, category, confidence, source_message_id, source_session_id, confirmed_by_message_ids, authority,
                           observed_at, recorded_at, extractor, extractor_version, valid_from, status, pii_kinds)
          SELECT gen_random_uuid(), m.user_id, 'fact-' || m.sequence, 'an old value', 'other', 0.9, m.id, m.session_id, ARRAY[m.id], 1,
                 now() - interval '60 days', now() - interval '60 days', 'bench', 'v1', now() - interval '60 days', 'current', '{"{}"}'
          FROM messages m JOIN bench_sessions s ON s.id = m.session_id
          LIMIT {rows - messages};
        COMMIT;
        """, db) { CommandTimeout = 900 };
    await seed.ExecuteNonQueryAsync();
    // What the server would have done in the 90 days since that data was written: autovacuum (visibility map, statistics;
    // otherwise it runs during the window, as the inserts pass its threshold) and a checkpoint (so the sweep's first change to
    // each page logs it whole, as in a server that has been running) that also recycles WAL segments. One statement each:
    // VACUUM cannot run in a batch's transaction.
    foreach (var settle in new[] { "VACUUM (ANALYZE) users", "VACUUM (ANALYZE) sessions", "VACUUM (ANALYZE) messages", "VACUUM (ANALYZE) facts", "CHECKPOINT" })
    {
        await using var command = new NpgsqlCommand(settle, db) { CommandTimeout = 900 };
        await command.ExecuteNonQueryAsync();
    }
}

seeding.Stop();
Console.Error.WriteLine($"Seeded {rows:N0} expired rows in {seeding.Elapsed.TotalSeconds:N0} s");

// The sweeper: started now, so that it is warm (connected, its model built) when it is told to go.
using var sweeper = SweeperProcess.Start(database, (await stack.App.GetConnectionStringAsync("cache"))!, new Dictionary<string, string>
{
    ["Retention__Messages"] = "30.00:00:00",
    ["Retention__Facts"] = "30.00:00:00",
    ["Retention__BatchSize"] = batch.ToString(CultureInfo.InvariantCulture),
    ["Retention__MaxRowsPerSecond"] = maxRowsPerSecond.ToString(CultureInfo.InvariantCulture),
}, replicas);
await sweeper.ReadyAsync();

// Stopped from outside (Ctrl+C, SIGTERM): the sweeper child and the whole stack stop too, and the run ends at once instead of
// waiting for a sweep that nobody will read.
var stopping = 0;
void StopEverything(PosixSignalContext context)
{
    context.Cancel = true;
    if (Interlocked.Exchange(ref stopping, 1) == 1)
    {
        return;
    }

    var exitCode = 128 + (context.Signal == PosixSignal.SIGINT ? 2 : 15);
    Console.Error.WriteLine($"{context.Signal}: stopping the sweeper and the stack");
    sweeper.Dispose();
    _ = Task.Run(async () =>
    {
        await stack.DisposeAsync();
        Environment.Exit(exitCode);
    });
}

using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopEverything);
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, StopEverything);

const string Remaining = """
    SELECT (SELECT count(*) FROM messages m JOIN users u ON u.id = m.user_id WHERE u.subject LIKE 'retention-bench-%')
         + (SELECT count(*) FROM facts f JOIN users u ON u.id = f.user_id WHERE u.subject LIKE 'retention-bench-%')
    """;
async Task<long> RemainingAsync()
{
    await using var db = new NpgsqlConnection(database);
    await db.OpenAsync();
    await using var count = new NpgsqlCommand(Remaining, db);
    return (long)(await count.ExecuteScalarAsync())!;
}

var seeded = await RemainingAsync();
var clock = new Stopwatch();
var sweepStart = TimeSpan.Zero;
var sweepEnd = TimeSpan.Zero;
long swept = 0;
var batches = 0;
var sweeping = Task.Run(async () =>
{
    while (clock.Elapsed < warmup + before)
    {
        await Task.Delay(100);
    }

    if (statements)
    {
        await StatementStats.ResetAsync(database);
    }

    var waits = statements ? new WaitSampler(database, SweeperProcess.ApplicationName) : null;
    sweepStart = clock.Elapsed;
    (swept, batches) = await sweeper.SweepAsync();
    sweepEnd = clock.Elapsed;
    if (waits is not null)
    {
        Console.WriteLine();
        Console.WriteLine("Active PostgreSQL backends during the sweep (pg_stat_activity every 10 ms):");
        await waits.PrintAsync();
        await waits.DisposeAsync();
    }
});
await using var probe = probing ? await StallProbe.StartAsync(stack, clock, TimeSpan.FromMilliseconds(50)) : null;
clock.Start();
var window = await LoadRun.PacedWindowAsync(stack, model, settings, rate, warmup, clock);
await sweeping;
var left = await RemainingAsync();

var measured = window.Turns.Where(t => t.Status == 200).ToList();
// Compared: turns that start during the sweep against those that start before it (the same traffic on the same server). Turns
// after it are shown apart: autovacuum then cleans up after the deleted rows, which is the sweep's aftermath, not its cost.
var during = measured.Where(t => t.Start >= sweepStart && t.Start < sweepEnd).ToList();
var without = measured.Where(t => t.Start < sweepStart).ToList();
var after = measured.Where(t => t.Start >= sweepEnd).ToList();
static double P(IReadOnlyList<TurnSample> turns, double percentile)
{
    var sorted = turns.Select(t => (t.End - t.Start).TotalMilliseconds).Order().ToArray();
    return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}

string Percentiles(IReadOnlyList<TurnSample> turns) => $"{P(turns, 50):N1} / {P(turns, 95):N1} / {P(turns, 99):N1} ms";

var seconds = (sweepEnd - sweepStart).TotalSeconds;
var p99Without = P(without, 99);
var p99During = P(during, 99);
Console.WriteLine();
Console.WriteLine($"Retention sweep of {seeded:N0} expired rows ({rows / 2:N0} messages, {rows - rows / 2:N0} facts derived from them), {replicas} sweeper(s), batches of {batch:N0}"
    + (maxRowsPerSecond > 0 ? $", paced at {maxRowsPerSecond:N0} rows/s at most" : ", unpaced") + ", "
    + $"while {users} users chat at a paced {rate} turns/s:");
Console.WriteLine();
Console.WriteLine("| metric | value | target |");
Console.WriteLine("|---|---|---|");
Console.WriteLine($"| seeding (one transaction, generate_series; then VACUUM and CHECKPOINT) | {seeding.Elapsed.TotalSeconds:N0} s | |");
Console.WriteLine($"| expired messages and facts deleted (of them by their own class's batches: {swept:N0}, the rest by the cascade) | {seeded - left:N0} of {seeded:N0} in {batches:N0} batches | {rows:N0} |");
Console.WriteLine($"| sweep time | {seconds:N1} s | |");
Console.WriteLine($"| **rows/s** (messages and facts deleted per second of sweeping) | **{(seeded - left) / seconds:N0}** | 50,000 |");
Console.WriteLine($"| chat turns before / during / after the sweep | {without.Count:N0} / {during.Count:N0} / {after.Count:N0} | |");
Console.WriteLine($"| chat latency p50 / p95 / p99 before the sweep | {Percentiles(without)} | |");
Console.WriteLine($"| chat latency p50 / p95 / p99 during the sweep | {Percentiles(during)} | |");
Console.WriteLine($"| chat latency p50 / p95 / p99 after the sweep (autovacuum's clean-up) | {Percentiles(after)} | |");
Console.WriteLine($"| **chat p99 change during the sweep** (against before it) | **{(p99During / p99Without - 1):+0%;-0%}** | <= +20% |");
Console.WriteLine($"| failed turns | {window.Turns.Count(t => t.Status != 200)} | 0 |");
Console.WriteLine($"| memory jobs pending at the start / end of the window | {window.PendingBefore:N0} / {window.PendingAfter:N0} | |");

// The whole window in 5 s steps, so that a bad tail can be placed (before, during or after the sweep).
Console.WriteLine();
Console.WriteLine("Chat latency over the window (5 s steps, by when the turn started):");
Console.WriteLine();
Console.WriteLine("| from (s) | sweep | turns | p50 ms | p99 ms | max ms |");
Console.WriteLine("|---|---|---|---|---|---|");
foreach (var step in measured.GroupBy(t => (int)((t.Start - warmup).TotalSeconds / 5)).OrderBy(g => g.Key))
{
    var from = warmup + TimeSpan.FromSeconds(step.Key * 5);
    var to = from + TimeSpan.FromSeconds(5);
    var phase = to <= sweepStart ? "before" : from >= sweepEnd ? "after" : "during";
    var turns = step.ToList();
    Console.WriteLine($"| {step.Key * 5} | {phase} | {turns.Count} | {P(turns, 50):N1} | {P(turns, 99):N1} | {P(turns, 100):N1} |");
}

Console.WriteLine();
Console.WriteLine($"Chat: the slowest turns (start in s from the window's start, sweep from {(sweepStart - warmup).TotalSeconds:N1} to {(sweepEnd - warmup).TotalSeconds:N1} s): "
    + string.Join(", ", measured.OrderByDescending(t => t.End - t.Start).Take(12).Select(t => $"{(t.Start - warmup).TotalSeconds:N2}: {(t.End - t.Start).TotalMilliseconds:N0} ms")));

probe?.Print(warmup);

await using (var db = new NpgsqlConnection(database))
{
    await db.OpenAsync();
    await using var vacuums = new NpgsqlCommand("""
        SELECT relname, autovacuum_count, autoanalyze_count, n_dead_tup FROM pg_stat_user_tables WHERE relname IN ('messages', 'facts') ORDER BY relname
        """, db);
    await using var reader = await vacuums.ExecuteReaderAsync();
    Console.WriteLine();
    Console.WriteLine("| table | autovacuums | autoanalyzes | dead rows at the end |");
    Console.WriteLine("|---|---|---|---|");
    while (await reader.ReadAsync())
    {
        Console.WriteLine($"| {reader.GetString(0)} | {reader.GetInt64(1)} | {reader.GetInt64(2)} | {reader.GetInt64(3):N0} |");
    }
}

if (statements)
{
    Console.WriteLine();
    Console.WriteLine("PostgreSQL statements during the sweep and the chat traffic beside it (pg_stat_statements):");
    await StatementStats.PrintAsync(database);
}

return 0;
