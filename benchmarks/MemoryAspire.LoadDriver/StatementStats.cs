using Npgsql;

namespace MemoryAspire.LoadDriver;

/// <summary>
/// Where PostgreSQL's time went, from <c>pg_stat_statements</c> (the server must be started with
/// <see cref="BenchmarkTopology.StatementStatsSettings"/>): reset before a window, printed as a table after it.
/// </summary>
public static class StatementStats
{
    public static async Task ResetAsync(string connectionString)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset(); SELECT pg_stat_reset_shared('wal');", db);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The <paramref name="top"/> statements by total execution time since the last reset, as a Markdown table.</summary>
    public static async Task PrintAsync(string connectionString, int top = 15)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await using (var wal = new NpgsqlCommand("SELECT wal_records, wal_fpi, wal_bytes, wal_write, wal_sync, wal_sync_time FROM pg_stat_wal", db))
        await using (var walStats = await wal.ExecuteReaderAsync())
        {
            await walStats.ReadAsync();
            Console.WriteLine();
            Console.WriteLine($"WAL since the reset: {walStats.GetInt64(0):N0} records, {walStats.GetInt64(1):N0} full-page images, {walStats.GetDecimal(2) / (1024 * 1024):N0} MiB, "
                + $"{walStats.GetInt64(3):N0} writes, {walStats.GetInt64(4):N0} syncs");
        }

        await using var command = new NpgsqlCommand("""
            SELECT calls, total_exec_time, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 140), max_exec_time
            FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT @top
            """, db);
        command.Parameters.AddWithValue("top", top);
        Console.WriteLine();
        Console.WriteLine("| calls | total ms | ms/call | max ms | rows | statement |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---|");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var calls = reader.GetInt64(0);
            var total = reader.GetDouble(1);
            Console.WriteLine($"| {calls:N0} | {total:N0} | {total / Math.Max(1, calls):N2} | {reader.GetDouble(4):N1} | {reader.GetInt64(2):N0} | `{reader.GetString(3).Replace("|", "\\|", StringComparison.Ordinal)}` |");
        }
    }
}

/// <summary>
/// What active PostgreSQL backends are doing, sampled from <c>pg_stat_activity</c> every few milliseconds until stopped:
/// on CPU (no wait event) or waiting, and on what. Tells CPU contention from lock or I/O waits.
/// </summary>
public sealed class WaitSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly Dictionary<(string Who, string Wait), int> _counts = [];
    private int _samples;

    /// <param name="tagged">Backends whose application name is this are reported apart from the rest.</param>
    public WaitSampler(string connectionString, string tagged)
    {
        _sampling = Task.Run(async () =>
        {
            await using var db = new NpgsqlConnection(connectionString);
            await db.OpenAsync();
            await using var command = new NpgsqlCommand("""
                SELECT CASE WHEN application_name = @tagged THEN @tagged ELSE 'other' END, coalesce(wait_event_type || ':' || wait_event, 'on CPU')
                FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'
                """, db);
            command.Parameters.AddWithValue("tagged", tagged);
            while (!_stop.IsCancellationRequested)
            {
                await using (var reader = await command.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                    {
                        var key = (reader.GetString(0), reader.GetString(1));
                        _counts[key] = _counts.GetValueOrDefault(key) + 1;
                    }
                }

                _samples++;
                try
                {
                    await Task.Delay(10, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        });
    }

    public async Task PrintAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        Console.WriteLine();
        Console.WriteLine($"| backends | state | share of {_samples:N0} samples |");
        Console.WriteLine("|---|---|---:|");
        foreach (var ((who, wait), count) in _counts.OrderByDescending(c => c.Value).Take(15))
        {
            Console.WriteLine($"| {who} | {wait} | {(double)count / Math.Max(1, _samples):P1} |");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _sampling;
        }
        catch (NpgsqlException)
        {
        }

        _stop.Dispose();
    }
}
