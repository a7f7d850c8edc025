using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace MemoryAspire.LoadDriver;

/// <summary>
/// Finds where a latency spike comes from: every 10 ms each probe does the smallest thing one part of the stack can do (this
/// process waking from a 2 ms sleep, ChatApi's and MemoryWorker's <c>/alive</c>, PostgreSQL's <c>SELECT 1</c>, Redis's
/// <c>PING</c>) and records each one that took longer than the threshold, on the caller's clock. A stall that every chat
/// turn shares shows up in the probe of the part that stalled (and in none, if it is the turn's own work).
/// </summary>
public sealed class StallProbe : IAsyncDisposable
{
    /// <summary>Statements of this application name are long by design (the retention sweeper's batches) and are not listed.</summary>
    public const string Quiet = "retention-sweeper";

    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _probes = [];
    private readonly List<(string Probe, TimeSpan At, TimeSpan Took)> _stalls = [];

    /// <summary>Statements seen running for longer than the threshold (guarded by the lock on <see cref="_stalls"/>).</summary>
    private readonly List<(TimeSpan At, string What)> _statements = [];
    private readonly Stopwatch _clock;
    private readonly TimeSpan _threshold;

    private StallProbe(Stopwatch clock, TimeSpan threshold)
    {
        _clock = clock;
        _threshold = threshold;
    }

    public static async Task<StallProbe> StartAsync(BenchmarkTopology stack, Stopwatch clock, TimeSpan threshold)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var probe = new StallProbe(clock, threshold);
        var database = (await stack.App.GetConnectionStringAsync("memorydb"))!;
        var cache = (await stack.App.GetConnectionStringAsync("cache"))!;
        var self = new Thread(() => probe.Self()) { IsBackground = true, Name = "stall probe" };
        self.Start();
        probe._probes.Add(Task.Run(() => probe.HttpAsync("chatapi", stack.App.GetEndpoint("chatapi"))));
        probe._probes.Add(Task.Run(() => probe.HttpAsync("memoryworker", stack.App.GetEndpoint("memoryworker"))));
        probe._probes.Add(Task.Run(() => probe.PostgresAsync(database)));
        probe._probes.Add(Task.Run(() => probe.PostgresCommitAsync(database)));
        probe._probes.Add(Task.Run(() => probe.LongStatementsAsync(database)));
        probe._probes.Add(Task.Run(() => probe.RedisAsync(cache)));
        return probe;
    }

    private void Record(string name, TimeSpan at, TimeSpan took)
    {
        if (took >= _threshold)
        {
            lock (_stalls)
            {
                _stalls.Add((name, at, took));
            }
        }
    }

    private void Self()
    {
        while (!_stop.IsCancellationRequested)
        {
            var at = _clock.Elapsed;
            Thread.Sleep(2);
            Record("driver process", at, _clock.Elapsed - at - TimeSpan.FromMilliseconds(2));
        }
    }

    private async Task RepeatAsync(string name, Func<CancellationToken, Task> once)
    {
        while (!_stop.IsCancellationRequested)
        {
            var at = _clock.Elapsed;
            try
            {
                await once(_stop.Token);
                Record(name, at, _clock.Elapsed - at);
                await Task.Delay(10, _stop.Token);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task HttpAsync(string name, Uri endpoint)
    {
        using var http = new HttpClient { BaseAddress = endpoint };
        await RepeatAsync(name, async ct => (await http.GetAsync(new Uri("/alive", UriKind.Relative), ct)).Dispose());
    }

    private async Task PostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT 1", connection);
        await RepeatAsync("postgres", ct => select.ExecuteScalarAsync(ct));
    }

    /// <summary>Statements of other backends running for longer than the threshold: what they are and what they wait on.</summary>
    private async Task LongStatementsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("""
            SELECT pid, query_start, coalesce(application_name, ''), coalesce(wait_event_type || ':' || wait_event, 'CPU'), extract(epoch FROM clock_timestamp() - query_start) * 1000,
                   left(regexp_replace(query, '\s+', ' ', 'g'), 70)
            FROM pg_stat_activity
            WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND clock_timestamp() - query_start > @threshold
            """, connection);
        select.Parameters.AddWithValue("threshold", _threshold);
        // A statement is one backend's query since its start: listed at its first sighting only.
        HashSet<(int Pid, DateTime Start)> seen = [];
        await RepeatAsync("postgres activity", async ct =>
        {
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (seen.Add((reader.GetInt32(0), reader.GetDateTime(1))))
                {
                    var what = $"{reader.GetString(2)} {reader.GetString(3)} {reader.GetDouble(4):N0} ms: {reader.GetString(5)}";
                    lock (_stalls)
                    {
                        _statements.Add((_clock.Elapsed, what));
                    }
                }
            }
        });
    }

    /// <summary>
    /// One row updated and committed: a commit that waits for its WAL to be flushed, as every chat turn's does (a transaction
    /// that only takes an id commits without waiting). The probe's own table, created here and dropped by <see cref="DisposeAsync"/>.
    /// </summary>
    private async Task PostgresCommitAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE TABLE IF NOT EXISTS stall_probe (id int PRIMARY KEY, n bigint); INSERT INTO stall_probe VALUES (1, 0) ON CONFLICT DO NOTHING", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var commit = new NpgsqlCommand("UPDATE stall_probe SET n = n + 1 WHERE id = 1", connection);
        await RepeatAsync("postgres commit", ct => commit.ExecuteNonQueryAsync(ct));
        await using var drop = new NpgsqlCommand("DROP TABLE stall_probe", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <param name="connectionString"><c>host:port,password=...</c>, as the AppHost hands it out.</param>
    private async Task RedisAsync(string connectionString)
    {
        var parts = connectionString.Split(',');
        var hostPort = parts[0].Split(':');
        var password = parts.Skip(1).Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] == "password")?[1];
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(hostPort[0], int.Parse(hostPort[1], System.Globalization.CultureInfo.InvariantCulture));
        var stream = client.GetStream();
        var buffer = new byte[256];
        async Task SendAsync(string command, CancellationToken ct)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"), ct);
            _ = await stream.ReadAsync(buffer, ct);
        }

        if (password is not null)
        {
            await SendAsync($"AUTH {password}", CancellationToken.None);
        }

        await RepeatAsync("redis", ct => SendAsync("PING", ct));
    }

    /// <summary>The stalls recorded, as a Markdown table, times relative to <paramref name="origin"/>.</summary>
    public void Print(TimeSpan origin)
    {
        lock (_stalls)
        {
            Console.WriteLine();
            Console.WriteLine($"Probe stalls over {_threshold.TotalMilliseconds:N0} ms (PostgreSQL SELECT 1 and a commit, Redis PING, /alive, this process's 2 ms sleep; every 10 ms; "
                + $"0 s is {DateTime.UtcNow - (_clock.Elapsed - origin):HH:mm:ss.fff} UTC):");
            Console.WriteLine();
            Console.WriteLine("| at (s) | probe | took (ms) |");
            Console.WriteLine("|---|---|---|");
            foreach (var (probe, at, took) in _stalls.Where(s => s.At >= origin).OrderBy(s => s.At))
            {
                Console.WriteLine($"| {(at - origin).TotalSeconds:N2} | {probe} | {took.TotalMilliseconds:N0} |");
            }

            Console.WriteLine();
            Console.WriteLine($"Probe: statements seen running for over {_threshold.TotalMilliseconds:N0} ms (pg_stat_activity every 10 ms; first sighting):");
            Console.WriteLine();
            Console.WriteLine("| at (s) | application, wait, running for, statement |");
            Console.WriteLine("|---|---|");
            foreach (var (at, what) in _statements.Where(s => s.At >= origin && !s.What.StartsWith(Quiet, StringComparison.Ordinal)).OrderBy(s => s.At))
            {
                Console.WriteLine($"| {(at - origin).TotalSeconds:N2} | {what.Replace("|", "\\|", StringComparison.Ordinal)} |");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Task.WhenAll(_probes);
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or NpgsqlException or SocketException or IOException)
        {
        }

        _stop.Dispose();
    }
}
