using System.Globalization;
using System.Net.Sockets;
using System.Text;
using MemoryAspire.Hosting.ApplicationModel;
using Npgsql;
using StackExchange.Redis;

namespace MemoryAspire.Hosting.Orchestration;

internal sealed record HealthProbe(bool Healthy, string? Problem = null, bool Fatal = false)
{
    public static readonly HealthProbe Ok = new(true);
}

/// <summary>What every runner needs from the orchestrator.</summary>
internal sealed record RunnerContext(
    StateDirectory State,
    ChildReaper Reaper,
    AppHostOptions Options,
    string EnvironmentName,
    Action<string, string, bool> OnOutput);

/// <summary>Starts, probes and stops one resource.</summary>
internal abstract class ResourceRunner(IResource resource, RunnerContext context)
{
    public IResource Resource { get; } = resource;

    protected RunnerContext Context { get; } = context;

    public abstract string Kind { get; }

    public ManagedProcess? Process { get; protected set; }

    /// <summary>The environment the process was started with, shown (masked) by the dashboard.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; protected set; } = new Dictionary<string, string>();

    /// <summary>An existing server named by a connection string: nothing is started, and a failing probe fails sooner.</summary>
    public bool IsExisting => Resource.ExistingConnectionString() is not null;

    public virtual Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public abstract Task<HealthProbe> ProbeAsync(CancellationToken cancellationToken);

    public virtual async Task StopAsync(TimeSpan timeout)
    {
        if (Process is not null)
        {
            await Process.StopAsync(timeout).ConfigureAwait(false);
        }
    }

    public virtual void CleanUp()
    {
    }

    protected ManagedProcess StartProcess(ProcessSpec spec) =>
        Process = ManagedProcess.Start(spec, Context.Reaper, (line, isError) => Context.OnOutput(Resource.Name, line, isError));

    protected static string Mask(string connectionString) =>
        System.Text.RegularExpressions.Regex.Replace(connectionString, "(?i)(password\\s*=\\s*)[^;,]*", "$1***");
}

internal sealed class ParameterRunner(ParameterResource parameter, RunnerContext context) : ResourceRunner(parameter, context)
{
    public override string Kind => "Parameter";

    public override Task<HealthProbe> ProbeAsync(CancellationToken cancellationToken) => Task.FromResult(HealthProbe.Ok);
}

/// <summary>A data folder that lives in the state directory with a data volume, or in a temporary folder removed at stop.</summary>
internal sealed class DataFolder(IResource resource, StateDirectory state)
{
    public string Path { get; } = resource.HasDataVolume()
        ? state.DataFor(resource.Name)
        : System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"memoryaspire-{resource.Name}-{Guid.NewGuid():N}");

    public bool Durable { get; } = resource.HasDataVolume();

    public void RemoveIfTemporary()
    {
        if (!Durable && Directory.Exists(Path))
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}

internal sealed class RedisRunner(RedisResource redis, RunnerContext context) : ResourceRunner(redis, context)
{
    private DataFolder? _data;

    public override string Kind => "Redis";

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (IsExisting)
        {
            return;
        }

        var binary = Executables.Find("redis-server") ?? throw new DistributedApplicationException(
            $"redis-server was not found: install the redis-server package (sudo apt-get install redis-server), or set ConnectionStrings:{redis.Name} to an existing server.");
        _data = new DataFolder(redis, Context.State);
        Directory.CreateDirectory(_data.Path);

        // The password goes in a file only the owner reads, not on a command line that ps shows.
        var config = System.IO.Path.Combine(_data.Path, "redis.conf");
        var port = redis.PrimaryEndpoint.Port.ToString(CultureInfo.InvariantCulture);
        await File.WriteAllTextAsync(config, string.Join('\n',
            $"port {port}",
            "bind 127.0.0.1",
            "protected-mode yes",
            $"requirepass {await redis.PasswordParameter.GetValueAsync(cancellationToken).ConfigureAwait(false)}",
            $"dir {_data.Path}",
            "daemonize no",
            "appendonly no",
            _data.Durable ? "save 60 1" : "save \"\"",
            "loglevel notice",
            "logfile \"\"") + "\n", cancellationToken).ConfigureAwait(false);
        File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        StartProcess(new ProcessSpec(binary, [config], _data.Path));
    }

    public override async Task<HealthProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        if (IsExisting)
        {
            return await ProbeExistingAsync().ConfigureAwait(false);
        }

        // A raw AUTH + PING: no client-side reconnect backoff between the server's start and the first answer.
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", redis.PrimaryEndpoint.Port, cancellationToken).ConfigureAwait(false);
            var stream = client.GetStream();
            var password = await redis.PasswordParameter.GetValueAsync(cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"AUTH {password}\r\nPING\r\n"), cancellationToken).ConfigureAwait(false);
            var buffer = new byte[64];
            var received = new StringBuilder();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            while (!received.ToString().Contains("\r\n+PONG", StringComparison.Ordinal) && !received.ToString().StartsWith('-'))
            {
                var n = await stream.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                received.Append(Encoding.ASCII.GetString(buffer, 0, n));
            }

            var answer = received.ToString();
            return answer.StartsWith("+OK\r\n+PONG", StringComparison.Ordinal)
                ? HealthProbe.Ok
                : new HealthProbe(false, answer.StartsWith("-LOADING", StringComparison.Ordinal) ? "loading its data" : $"answered '{answer.Trim()}'");
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return new HealthProbe(false, e.Message);
        }
    }

    private async Task<HealthProbe> ProbeExistingAsync()
    {
        var connectionString = redis.ExistingConnectionString()!;
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(connectionString);
        }
        catch (ArgumentException e)
        {
            return new HealthProbe(false, $"ConnectionStrings:{redis.Name} is not a Redis connection string ({e.Message})", Fatal: true);
        }

        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 3000;
        options.ConnectRetry = 0;
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
            await connection.GetDatabase().PingAsync().ConfigureAwait(false);
            return HealthProbe.Ok;
        }
        catch (RedisConnectionException e)
        {
            var authentication = e.FailureType is ConnectionFailureType.AuthenticationFailure;
            return new HealthProbe(false, $"could not reach Redis at {Mask(connectionString)}: {e.FailureType}", authentication);
        }
    }

    public override void CleanUp() => _data?.RemoveIfTemporary();
}

internal sealed class PostgresServerRunner(PostgresServerResource server, RunnerContext context) : ResourceRunner(server, context)
{
    private DataFolder? _data;

    public override string Kind => "PostgreSQL";

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (IsExisting)
        {
            return;
        }

        var missing = $"PostgreSQL was not found: install the postgresql package (sudo apt-get install postgresql), or set ConnectionStrings:{server.Name} (or the database's connection string) to an existing server.";
        var binDirectory = FindBinDirectory() ?? throw new DistributedApplicationException(missing);
        _data = new DataFolder(server, Context.State);
        var runAs = ManagedProcess.IsRoot ? "postgres" : null;
        if (runAs is not null)
        {
            EnsureReachableByPostgresUser(_data.Path);
        }

        var dataDirectory = System.IO.Path.Combine(_data.Path, "data");
        var password = await server.PasswordParameter.GetValueAsync(cancellationToken).ConfigureAwait(false) ?? "";
        if (!File.Exists(System.IO.Path.Combine(dataDirectory, "PG_VERSION")))
        {
            await InitializeAsync(binDirectory, dataDirectory, password, runAs, cancellationToken).ConfigureAwait(false);
        }

        var port = server.PrimaryEndpoint.Port.ToString(CultureInfo.InvariantCulture);
        List<string> arguments =
        [
            "-D", dataDirectory, "-p", port,
            "-c", "listen_addresses=127.0.0.1",
            "-c", "unix_socket_directories=",
            "-c", "max_connections=300",
            "-c", "logging_collector=off",
        ];
        if (!_data.Durable)
        {
            // Throwaway data: skip the disk flushes that only protect against a power cut.
            arguments.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }

        arguments.AddRange(server.Annotations.OfType<CommandLineArgsAnnotation>().SelectMany(a => a.Args));

        StartProcess(new ProcessSpec(System.IO.Path.Combine(binDirectory, "postgres"), arguments, _data.Path)
        {
            StopSignal = UnixSignal.Int,
            RunAsUser = runAs,
        });
    }

    private async Task InitializeAsync(string binDirectory, string dataDirectory, string password, string? runAs, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_data!.Path);
        var passwordFile = System.IO.Path.Combine(_data.Path, ".pwfile");
        await File.WriteAllTextAsync(passwordFile, password + "\n", cancellationToken).ConfigureAwait(false);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        if (runAs is not null)
        {
            await RunToEndAsync("chown", ["-R", $"{runAs}:{runAs}", _data.Path], cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var initdb = new ProcessSpec(System.IO.Path.Combine(binDirectory, "initdb"),
                ["-D", dataDirectory, "-U", PostgresServerResource.UserName, $"--pwfile={passwordFile}", "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-instructions"],
                _data.Path)
            { RunAsUser = runAs };
            var output = new StringBuilder();
            var process = ManagedProcess.Start(initdb, Context.Reaper, (line, _) => { lock (output) { output.AppendLine(line); } });
            var exitCode = await process.Exited.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (exitCode != 0)
            {
                throw new DistributedApplicationException($"initdb failed with exit code {exitCode} for {server.Name} in {dataDirectory}:\n{output}");
            }
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    public override Task<HealthProbe> ProbeAsync(CancellationToken cancellationToken) =>
        PostgresProbe.ProbeAsync(server.ExistingConnectionString() ?? LocalConnectionString(), IsExisting, cancellationToken);

    private string LocalConnectionString() =>
        server.ConnectionStringExpression.GetValueAsync().AsTask().GetAwaiter().GetResult()!;

    public override void CleanUp() => _data?.RemoveIfTemporary();

    private static string? FindBinDirectory()
    {
        if (Executables.Find("postgres") is { } onPath && File.Exists(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(ResolveLink(onPath))!, "initdb")))
        {
            return System.IO.Path.GetDirectoryName(ResolveLink(onPath));
        }

        const string debianRoot = "/usr/lib/postgresql";
        return Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: System.IO.Path.Combine(d, "bin"), Version: int.TryParse(System.IO.Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(System.IO.Path.Combine(d.Dir, "postgres")) && File.Exists(System.IO.Path.Combine(d.Dir, "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Dir)
                .FirstOrDefault()
            : null;
    }

    private static string ResolveLink(string path) => new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;

    private static void EnsureReachableByPostgresUser(string dataPath)
    {
        if (RunToEndAsync("id", ["-u", "postgres"], CancellationToken.None).GetAwaiter().GetResult().Trim().Length == 0)
        {
            throw new DistributedApplicationException(
                "The AppHost runs as root, so PostgreSQL must run as the 'postgres' user, and there is none: install the postgresql package (it creates that user).");
        }

        // Every folder above the data must let others pass through, or the postgres user cannot reach it.
        for (var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(dataPath)); !string.IsNullOrEmpty(dir); dir = System.IO.Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(dir) && (File.GetUnixFileMode(dir) & UnixFileMode.OtherExecute) == 0)
            {
                throw new DistributedApplicationException(
                    $"The AppHost runs as root, so PostgreSQL runs as the 'postgres' user, which cannot reach {dataPath} ({dir} is closed to other users): set AppHost:StateDirectory to a folder it can reach, for example /var/lib/memoryaspire.");
            }
        }
    }

    internal static async Task<string> RunToEndAsync(string file, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new System.Diagnostics.ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return output;
    }
}

internal sealed class PostgresDatabaseRunner(PostgresDatabaseResource database, RunnerContext context) : ResourceRunner(database, context)
{
    private bool _created;

    public override string Kind => "PostgreSQL database";

    public override async Task<HealthProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        if (!IsExisting && !_created)
        {
            var serverConnection = await database.Parent.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false);
            var created = await PostgresProbe.EnsureDatabaseAsync(serverConnection!, database.DatabaseName, cancellationToken).ConfigureAwait(false);
            if (!created.Healthy)
            {
                return created;
            }

            _created = true;
        }

        var connectionString = await database.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false);
        return await PostgresProbe.ProbeAsync(connectionString!, IsExisting, cancellationToken).ConfigureAwait(false);
    }
}

internal static class PostgresProbe
{
    public static async Task<HealthProbe> ProbeAsync(string connectionString, bool existing, CancellationToken cancellationToken)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 3 };
        }
        catch (ArgumentException e)
        {
            return new HealthProbe(false, $"not a PostgreSQL connection string ({e.Message})", Fatal: true);
        }

        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return HealthProbe.Ok;
        }
        catch (PostgresException e) when (e.SqlState is "57P03")
        {
            return new HealthProbe(false, "the database system is starting up");
        }
        catch (PostgresException e)
        {
            // Wrong password, unknown database and the like will not fix themselves by waiting.
            return new HealthProbe(false, $"PostgreSQL at {builder.Host}:{builder.Port} refused: {e.MessageText} ({e.SqlState})", Fatal: existing || e.SqlState is "28P01" or "28000");
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or IOException or TimeoutException)
        {
            return new HealthProbe(false, $"could not reach PostgreSQL at {builder.Host}:{builder.Port}: {e.Message}");
        }
    }

    public static async Task<HealthProbe> EnsureDatabaseAsync(string serverConnectionString, string databaseName, CancellationToken cancellationToken)
    {
        var probe = await ProbeAsync(serverConnectionString, existing: false, cancellationToken).ConfigureAwait(false);
        if (!probe.Healthy)
        {
            return probe;
        }

        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Pooling = false, Database = "postgres" };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", databaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{databaseName.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            try
            {
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Created by a concurrent start in the meantime.
            }
        }

        return HealthProbe.Ok;
    }
}

internal sealed class ProjectRunner(ProjectResource project, RunnerContext context) : ResourceRunner(project, context)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public override string Kind => "Project";

    public string InstanceId { get; } = $"{project.Name}-{StateDirectory.Generate(8).ToLowerInvariant()}";

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var entry = project.Metadata.EntryAssemblyPath;
        if (!File.Exists(entry))
        {
            throw new DistributedApplicationException(
                $"The project {project.Name} has not been built ({entry} does not exist): build the AppHost, which builds every project (dotnet build {System.IO.Path.GetFileName(Context.Options.AppHostDirectory)}).");
        }

        var environment = await EnvironmentContract.ForProjectAsync(project, Context.EnvironmentName, Context.Options, InstanceId, cancellationToken).ConfigureAwait(false);
        Environment = environment;
        StartProcess(new ProcessSpec(Executables.Dotnet(), [entry], project.ProjectDirectory) { Environment = environment });
    }

    public override async Task<HealthProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        var http = project.Endpoints().FirstOrDefault(e => e.Transport == "http")?.Allocated;
        if (http is null)
        {
            return HealthProbe.Ok;
        }

        try
        {
            using var response = await Http.GetAsync(new Uri(new Uri(http.Url), "/health"), cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? HealthProbe.Ok
                : new HealthProbe(false, $"/health answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
        }
        catch (HttpRequestException e)
        {
            return new HealthProbe(false, e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthProbe(false, "/health did not answer within 5 s");
        }
    }
}
