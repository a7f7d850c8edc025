using System.Diagnostics;
using MemoryAspire.AppHost.Lifecycle;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MemoryAspire.AppHost.DataServices;

/// <summary>
/// PostgreSQL as Debian's <c>postgres</c> run by the orchestrator (no container engine runs Aspire's PostgreSQL container), with
/// the connection string Aspire's PostgreSQL resource hands out. As root it runs as the <c>postgres</c> OS user through
/// <c>setpriv</c>, which replaces itself with <c>postgres</c>, so the orchestrator tracks the server itself.
/// </summary>
public sealed class LocalPostgresServerResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    public const string UserName = "postgres";

    public EndpointReference PrimaryEndpoint => new(this, EndpointName);

    public ParameterResource PasswordParameter { get; } = password;

    /// <summary>The cluster's data directory (<c>initdb</c> runs once into it).</summary>
    public string DataDirectory => Path.Combine(WorkingDirectory, "data");

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={PrimaryEndpoint.Property(EndpointProperty.Host)};Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username={UserName};Password={PasswordParameter}");
}

/// <summary>A database on a PostgreSQL server: the server's connection string with <c>Database=</c>, as Aspire's database resource.</summary>
public sealed class PostgresDatabase(string name, string databaseName, IResourceWithConnectionString server)
    : Resource(name), IResourceWithParent<IResourceWithConnectionString>, IResourceWithConnectionString, IResourceWithWaitSupport
{
    public string DatabaseName { get; } = databaseName;

    public IResourceWithConnectionString Parent { get; } = server;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}

internal static class LocalPostgresBuilderExtensions
{
    private const string PostgresUser = "postgres";

    public static IResourceBuilder<LocalPostgresServerResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, ParameterResource password, AppHostSettings settings, IReadOnlyList<string> serverSettings)
    {
        var binDirectory = FindBinDirectory();
        if (binDirectory is null)
        {
            builder.FailAtStart("PostgreSQL was not found: install the postgresql package (sudo apt-get install postgresql), or set ConnectionStrings:memorydb to an existing server.");
            binDirectory = "/usr/lib/postgresql/bin";
        }

        var workingDirectory = new LocalServerState(settings.StateDirectory).DataFor(name);
        var runAs = LocalExecutables.IsRoot ? PostgresUser : null;
        var setpriv = LocalExecutables.Find("setpriv");
        if (runAs is not null && setpriv is null)
        {
            builder.FailAtStart("The AppHost runs as root, so PostgreSQL must run as the 'postgres' user through setpriv, and setpriv was not found (package util-linux).");
        }

        var command = runAs is null ? Path.Combine(binDirectory, "postgres") : setpriv ?? "setpriv";
        var server = new LocalPostgresServerResource(name, command, workingDirectory, password);

        return builder.AddResource(server)
            // No proxy in front of the server: every statement would cross one more process.
            .WithEndpoint(name: LocalPostgresServerResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                if (runAs is not null)
                {
                    foreach (var argument in SetprivArguments(runAs, Path.Combine(binDirectory, "postgres")))
                    {
                        context.Args.Add(argument);
                    }
                }

                context.Args.Add("-D");
                context.Args.Add(server.DataDirectory);
                context.Args.Add("-p");
                context.Args.Add(server.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
                List<string> parameters = ["listen_addresses=localhost", "unix_socket_directories=", "max_connections=300", "logging_collector=off"];
                if (settings.ThrowawayData)
                {
                    // Throwaway data: skip the disk flushes that only protect against a power cut.
                    parameters.AddRange(["fsync=off", "synchronous_commit=off", "full_page_writes=off"]);
                }

                foreach (var parameter in parameters.Concat(serverSettings))
                {
                    context.Args.Add("-c");
                    context.Args.Add(parameter);
                }
            })
            .OnBeforeResourceStarted(async (resource, _, cancellationToken) =>
            {
                if (!File.Exists(Path.Combine(resource.DataDirectory, "PG_VERSION")))
                {
                    var passwordValue = await resource.PasswordParameter.GetValueAsync(cancellationToken).ConfigureAwait(false) ?? "";
                    await InitializeClusterAsync(resource, binDirectory, passwordValue, runAs, cancellationToken).ConfigureAwait(false);
                }
            })
            .WithAnnotation(new GracefulStopAnnotation(cancellationToken => FastShutdownAsync(server, cancellationToken)))
            .WithDataServerHealthCheck(DataServerProbe.PostgreSql, accepting: () => AcceptsConnections(server))
            .ExcludeFromManifest();
    }

    /// <summary>
    /// What pg_ctl waits for: the postmaster's lock file says "ready" on its status line (the eighth) once the server accepts
    /// connections. Read instead of trying one, which the server would log as a FATAL error while it starts up.
    /// </summary>
    internal static bool AcceptsConnections(LocalPostgresServerResource server)
    {
        try
        {
            return File.ReadLines(Path.Combine(server.DataDirectory, "postmaster.pid")).Skip(7).FirstOrDefault()?.Trim() == "ready";
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// SIGINT to the postmaster, PostgreSQL's fast shutdown: clients are disconnected and the data is checkpointed. SIGTERM, all
    /// the orchestrator sends, asks for a smart shutdown, which waits for every client (a pooled connection in a test, a health
    /// check) and ends in a kill, leaving the next start to recover or to find the old server still holding the data folder.
    /// </summary>
    private static async Task FastShutdownAsync(LocalPostgresServerResource server, CancellationToken cancellationToken)
    {
        var lockFile = Path.Combine(server.DataDirectory, "postmaster.pid");
        if (!File.Exists(lockFile) || !int.TryParse(File.ReadLines(lockFile).FirstOrDefault(), out var postmaster))
        {
            return;
        }

        await RunAsync("kill", ["-INT", postmaster.ToString(System.Globalization.CultureInfo.InvariantCulture)], cancellationToken).ConfigureAwait(false);
        for (var waited = 0; waited < 100 && Directory.Exists($"/proc/{postmaster}"); waited++)
        {
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A database on a local server: created once the server answers, then shown as running (the orchestrator runs no process
    /// for it, so nobody else would); healthy once it answers a query.
    /// </summary>
    public static IResourceBuilder<PostgresDatabase> AddLocalDatabase(this IResourceBuilder<LocalPostgresServerResource> server, string name)
    {
        var database = new PostgresDatabase(name, name, server.Resource);
        server.OnResourceReady(async (resource, @event, cancellationToken) =>
        {
            var serverConnection = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false);
            await CreateDatabaseAsync(serverConnection!, database.DatabaseName, cancellationToken).ConfigureAwait(false);
            await @event.Services.GetRequiredService<ResourceNotificationService>()
                .PublishUpdateAsync(database, s => s with { State = KnownResourceStates.Running, StartTimeStamp = DateTime.UtcNow })
                .ConfigureAwait(false);
        });
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot { ResourceType = "PostgresDatabase", State = KnownResourceStates.Waiting, Properties = [] })
            .WithDataServerHealthCheck(DataServerProbe.PostgreSql)
            .ExcludeFromManifest();
    }

    private static async Task CreateDatabaseAsync(string serverConnectionString, string databaseName, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", databaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{databaseName.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Created by a concurrent start meanwhile.
        }
    }

    private static async Task InitializeClusterAsync(
        LocalPostgresServerResource server, string binDirectory, string password, string? runAs, CancellationToken cancellationToken)
    {
        var root = server.WorkingDirectory;
        Directory.CreateDirectory(root);
        var passwordFile = Path.Combine(root, ".pwfile");
        await File.WriteAllTextAsync(passwordFile, password + "\n", cancellationToken).ConfigureAwait(false);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            if (runAs is not null)
            {
                EnsureReachableBy(runAs, root);
                await RunAsync("chown", ["-R", $"{runAs}:{runAs}", root], cancellationToken).ConfigureAwait(false);
            }

            string[] initdb = [Path.Combine(binDirectory, "initdb"), "-D", server.DataDirectory, "-U", LocalPostgresServerResource.UserName,
                $"--pwfile={passwordFile}", "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-instructions"];
            var (exitCode, output) = runAs is null
                ? await RunAsync(initdb[0], initdb[1..], cancellationToken).ConfigureAwait(false)
                : await RunAsync(LocalExecutables.Find("setpriv")!, [.. SetprivArguments(runAs, initdb[0]), .. initdb[1..]], cancellationToken).ConfigureAwait(false);
            if (exitCode != 0)
            {
                throw new DistributedApplicationException($"initdb failed with exit code {exitCode} for {server.Name} in {server.DataDirectory}:\n{output}");
            }
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private static string[] SetprivArguments(string user, string program) =>
        [$"--reuid={user}", $"--regid={user}", "--init-groups", "--", program];

    /// <summary>Every folder above the data must let other users pass, or the postgres user cannot reach it.</summary>
    private static void EnsureReachableBy(string user, string path)
    {
        for (var directory = Path.GetDirectoryName(Path.GetFullPath(path)); !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            if (Directory.Exists(directory) && (File.GetUnixFileMode(directory) & UnixFileMode.OtherExecute) == 0)
            {
                throw new DistributedApplicationException(
                    $"The AppHost runs as root, so PostgreSQL runs as the '{user}' user, which cannot reach {path} ({directory} is closed to other users): "
                    + "set AppHost:StateDirectory to a folder it can reach, for example /var/lib/memoryaspire.");
            }
        }
    }

    private static string? FindBinDirectory()
    {
        if (LocalExecutables.Find("postgres") is { } onPath
            && Path.GetDirectoryName(new FileInfo(onPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? onPath) is { } directory
            && File.Exists(Path.Combine(directory, "initdb")))
        {
            return directory;
        }

        const string DebianRoot = "/usr/lib/postgresql";
        return Directory.Exists(DebianRoot)
            ? Directory.GetDirectories(DebianRoot)
                .Select(d => (Bin: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Bin, "postgres")) && File.Exists(Path.Combine(d.Bin, "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Bin)
                .FirstOrDefault()
            : null;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new DistributedApplicationException($"{file} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (process.ExitCode, await output.ConfigureAwait(false) + await errors.ConfigureAwait(false));
    }
}
