using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using MemoryAspire.AppHost.DataServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemoryAspire.Testing;

/// <summary>What a test or benchmark changes about the AppHost's topology.</summary>
public sealed record StackOptions
{
    /// <summary><c>ConnectionStrings:openai</c> for ChatApi and MemoryWorker; none runs the offline provider.</summary>
    public string? ModelConnectionString { get; init; }

    /// <summary>Environment for ChatApi and MemoryWorker (<c>Memory__BufferSize</c> and the like).</summary>
    public IReadOnlyDictionary<string, string> ServiceSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>Configuration of the AppHost itself (<c>Parameters:jwt-signing-key</c>, <c>ConnectionStrings:cache</c>, ...).</summary>
    public IReadOnlyDictionary<string, string> AppHostSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>PostgreSQL settings (<c>name=value</c>) added to the AppHost's own.</summary>
    public IReadOnlyList<string> PostgresSettings { get; init; } = [];

    /// <summary>Aspire's dashboard, with its telemetry API, for tests that read telemetry back.</summary>
    public bool EnableDashboard { get; init; }

    /// <summary>A state folder that outlives the app; null runs in a folder removed at disposal.</summary>
    public string? StateDirectory { get; init; }

    /// <summary>
    /// Skip the disk flushes that protect against a crash (the default for a folder removed at disposal). A test that kills
    /// PostgreSQL and expects every acknowledged write to survive turns this off.
    /// </summary>
    public bool? ThrowawayData { get; init; }

    /// <summary>Print every resource's console output (also kept in <see cref="StackApp.Output"/> either way).</summary>
    public bool EchoOutput { get; init; }

    /// <summary>Only Redis and PostgreSQL: the projects are removed from the topology (a test starts them its own way).</summary>
    public bool DataServersOnly { get; init; }

    /// <summary>Every project and its dependencies healthy within this time, or the start fails.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(3);
}

/// <summary>
/// The AppHost's whole topology (Debian's Redis and PostgreSQL, ChatApi, MemoryWorker, Web) run by Aspire.Hosting.Testing with
/// the changes a test asks for, started and waited on until every project is healthy.
/// </summary>
public sealed class StackApp : IAsyncDisposable
{
    public const string DashboardApiKey = "stack-tests-dashboard-api-key-0123456789";

    private static readonly string[] Services = ["memoryworker", "chatapi"];
    private static readonly string[] Projects = ["memoryworker", "chatapi", "web"];
    private static readonly string[] DataServers = ["cache", "memorydb"];

    private readonly string? _throwawayState;
    private readonly CancellationTokenSource _stopping = new();

    private StackApp(DistributedApplication app, string? throwawayState, ResourceOutput output)
    {
        App = app;
        _throwawayState = throwawayState;
        Output = output;
    }

    public DistributedApplication App { get; }

    /// <summary>The latest console lines of every resource.</summary>
    public ResourceOutput Output { get; }

    public static async Task<StackApp> StartAsync(StackOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var throwaway = options.StateDirectory is null ? Path.Combine(Path.GetTempPath(), $"memoryaspire-test-{Guid.NewGuid():N}") : null;
        var state = options.StateDirectory ?? throwaway!;
        Directory.CreateDirectory(state);
        // PostgreSQL runs as the postgres user when the tests run as root: it must reach its folder.
        File.SetUnixFileMode(state, (UnixFileMode)0b111_101_101);

        var unflushed = options.ThrowawayData ?? throwaway is not null;
        List<string> args = [$"AppHost:StateDirectory={state}", $"AppHost:ThrowawayData={unflushed.ToString(CultureInfo.InvariantCulture)}"];
        if (options.ModelConnectionString is { } model)
        {
            args.Add($"ConnectionStrings:openai={model}");
        }

        if (options.EnableDashboard)
        {
            args.Add($"AppHost:DashboardApiKey={DashboardApiKey}");
        }

        args.AddRange(options.AppHostSettings.Select(s => $"{s.Key}={s.Value}"));
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.MemoryAspire_AppHost>(
            new DistributedApplicationTestingBuilderOptions { EnableDashboard = options.EnableDashboard }, [.. args], cancellationToken);
        if (!options.EchoOutput)
        {
            // Output keeps every resource's lines; forwarded to the console as well, they buried a benchmark's tables (about 700
            // lines per stack), and the start's expected "Unhealthy" polls of services not listening yet read as failures.
            builder.Services.AddLogging(logging => logging
                .AddFilter("MemoryAspire.AppHost.Resources", LogLevel.None)
                .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.None));
        }

        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            // The services listen on their own ports (no proxy): the launch profile's fixed ports would collide between stacks
            // running side by side, so the orchestrator picks free ones.
            var resource = builder.CreateResourceBuilder(project).WithEndpoint("http", endpoint =>
            {
                endpoint.Port = null;
                endpoint.TargetPort = null;
            });
            if (!options.EnableDashboard)
            {
                // Aspire still hands out the disabled dashboard's OTLP address: the services would export to a closed port every
                // second and, at stop, retry for ~10 s before exiting. With no endpoint, ServiceDefaults adds no exporter.
                resource.WithEnvironment(context => context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT"));
            }
        }

        foreach (var project in builder.Resources.OfType<ProjectResource>().Where(p => Services.Contains(p.Name)))
        {
            var resource = builder.CreateResourceBuilder(project);
            foreach (var (name, value) in options.ServiceSettings)
            {
                resource.WithEnvironment(name, value);
            }
        }

        if (options.PostgresSettings.Count > 0 && builder.Resources.OfType<LocalPostgresServerResource>().SingleOrDefault() is { } postgres)
        {
            builder.CreateResourceBuilder(postgres).WithArgs(context =>
            {
                foreach (var setting in options.PostgresSettings)
                {
                    context.Args.Add("-c");
                    context.Args.Add(setting);
                }
            });
        }

        if (options.DataServersOnly)
        {
            foreach (var project in builder.Resources.Where(r => r is ProjectResource or IResourceWithParent { Parent: ProjectResource }).ToList())
            {
                builder.Resources.Remove(project);
            }
        }

        var app = await builder.BuildAsync(cancellationToken);
        var output = new ResourceOutput(options.EchoOutput);
        var stack = new StackApp(app, throwaway, output);
        output.Watch(app.ResourceNotifications, app.Services.GetRequiredService<ResourceLoggerService>(), stack._stopping.Token);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.StartTimeout);
            try
            {
                await app.StartAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"The stack did not start within {options.StartTimeout}: {stack.States()}");
            }

            foreach (var resource in options.DataServersOnly ? DataServers : Projects)
            {
                await stack.WaitHealthyAsync(resource, timeout.Token);
            }

            output.MarkStarted();
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }

        return stack;
    }

    public HttpClient CreateHttpClient(string resource, string endpoint = "http") => App.CreateHttpClient(resource, endpoint);

    public Uri Endpoint(string resource, string endpoint = "http") => App.GetEndpoint(resource, endpoint);

    public async Task<string> ConnectionStringAsync(string resource) =>
        await App.GetConnectionStringAsync(resource) ?? throw new InvalidOperationException($"{resource} has no connection string.");

    /// <summary>Every resource's state and health, for a failure message.</summary>
    public string States() => string.Join("; ", App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Select(r =>
        App.ResourceNotifications.TryGetCurrentState(r.Name, out var e) ? $"{r.Name} {e.Snapshot.State?.Text} {e.Snapshot.HealthStatus}" : $"{r.Name} (no state)"));

    /// <summary>
    /// Waits until the resource reports healthy, failing with its latest output if it does not in time. After a stop or a
    /// crash, the state it left behind (exited) stands until the orchestrator reports the new start: only a timeout ends
    /// that wait.
    /// </summary>
    public async Task WaitHealthyAsync(string resource, CancellationToken cancellationToken, bool afterStop = false)
    {
        try
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(
                resource, afterStop ? WaitBehavior.WaitOnResourceUnavailable : WaitBehavior.StopOnResourceUnavailable, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var state = App.ResourceNotifications.TryGetCurrentState(resource, out var current) ? current.Snapshot.State?.Text : "unknown";
            // A child resource (a database) has no output of its own: what held it up is in its parent's (the server's).
            var parent = App.Services.GetRequiredService<DistributedApplicationModel>().Resources.FirstOrDefault(r => r.Name == resource) is IResourceWithParent { Parent.Name: var name } ? name : null;
            throw new TimeoutException($"{resource} did not become healthy (state: {state}; every resource: {States()}). Its latest output:{Environment.NewLine}{Output.Tail(resource, 40)}"
                + (parent is null ? "" : $"{Environment.NewLine}{parent}'s latest output:{Environment.NewLine}{Output.Tail(parent, 40)}"));
        }
    }

    /// <summary>
    /// The process of a project or executable: for a project, the service itself, which the orchestrator starts through
    /// <c>dotnet run</c> (the process it reports).
    /// </summary>
    public int? ProcessId(string resource)
    {
        if (!App.ResourceNotifications.TryGetCurrentState(resource, out var current)
            || current.Snapshot.Properties.FirstOrDefault(p => p.Name is "executable.pid" or "project.pid") is not { Value: { } reported })
        {
            return null;
        }

        var pid = Convert.ToInt32(reported, CultureInfo.InvariantCulture);
        var children = Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var child) ? child : 0)
            .Where(child => child > 0 && ParentOf(child) == pid)
            .ToList();
        var launcher = CommandLineOf(pid).Split(' ');
        return children.Count == 1 && launcher.Length > 1 && launcher[0].EndsWith("dotnet", StringComparison.Ordinal) && launcher[1] == "run" ? children[0] : pid;
    }

    private static async Task GoneAsync(IReadOnlyList<int> processes, CancellationToken cancellationToken)
    {
        while (processes.Any(Running))
        {
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>Waits for the processes to exit, and kills what is left after the grace period.</summary>
    private static async Task EndAsync(IReadOnlyList<int> processes, TimeSpan grace)
    {
        var deadline = DateTime.UtcNow + grace;
        while (processes.Any(Running) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        foreach (var pid in processes.Where(Running))
        {
            Console.Error.WriteLine($"Process {pid} ({CommandLineOf(pid)}) did not exit within {grace.TotalSeconds} s of the stack's stop: killed.");
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // It exited meanwhile.
            }
        }
    }

    /// <summary>Alive and not a zombie.</summary>
    private static bool Running(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static string CommandLineOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>Stops and starts a resource with the dashboard's own command, and waits until it is healthy again.</summary>
    public Task RestartAsync(string resource, CancellationToken cancellationToken = default) =>
        RunUntilHealthyAsync(resource, KnownResourceCommands.RestartCommand, cancellationToken);

    /// <summary>Starts a stopped resource and waits until it is healthy.</summary>
    public Task StartAsync(string resource, CancellationToken cancellationToken = default) =>
        RunUntilHealthyAsync(resource, KnownResourceCommands.StartCommand, cancellationToken);

    /// <summary>Stops a resource with the dashboard's own command.</summary>
    public Task StopAsync(string resource, CancellationToken cancellationToken = default) =>
        ExecuteAsync(resource, KnownResourceCommands.StopCommand, cancellationToken);

    /// <summary>Runs a command that starts a process, then waits for that process (not the old one's snapshot) to be healthy.</summary>
    private async Task RunUntilHealthyAsync(string resource, string command, CancellationToken cancellationToken)
    {
        var commanded = DateTime.UtcNow;
        await ExecuteAsync(resource, command, cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        await WaitRunningSinceAsync(resource, commanded, timeout.Token);
        await WaitHealthyAsync(resource, timeout.Token, afterStop: true);
    }

    private async Task ExecuteAsync(string resource, string command, CancellationToken cancellationToken)
    {
        var result = await App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, command, cancellationToken);
        if (!result.Success)
        {
            throw new InvalidOperationException($"Command '{command}' on {resource} failed: {result.Message}");
        }
    }

    /// <summary>Waits for the process started by a command: until then the snapshot is the old process's, healthy or exited.</summary>
    private async Task WaitRunningSinceAsync(string resource, DateTime commanded, CancellationToken cancellationToken)
    {
        try
        {
            await App.ResourceNotifications.WaitForResourceAsync(resource, e =>
                e.Snapshot.State?.Text == KnownResourceStates.Running && e.Snapshot.StartTimeStamp is { } started && started >= commanded.AddSeconds(-1),
                cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{resource} did not run again (states: {States()}). Its latest output:{Environment.NewLine}{Output.Tail(resource, 40)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Every process of the stack, to see it gone before its data folder is removed: a Redis that cannot write its
        // snapshot into a removed folder refuses to exit, and outlives the test.
        var processes = App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Select(r => ProcessId(r.Name)).OfType<int>().ToList();
        await _stopping.CancelAsync();
        try
        {
            // The testing host's stop returns only at its 30 s shutdown timeout, long after every process has gone (the
            // AppHost stops them in order): once they have, the rest of the wait is cut short.
            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var stop = App.StopAsync(stopped.Token);
            await Task.WhenAny(stop, GoneAsync(processes, stopped.Token));
            await stopped.CancelAsync();
            await stop;
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            await App.DisposeAsync();
            _stopping.Dispose();
            await EndAsync(processes, TimeSpan.FromSeconds(15));
            if (_throwawayState is not null)
            {
                try
                {
                    Directory.Delete(_throwawayState, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"Could not remove {_throwawayState}: {e.Message}");
                }
            }
        }
    }
}

/// <summary>The latest console lines of each resource, kept from the orchestrator's log stream.</summary>
public sealed class ResourceOutput(bool echo)
{
    private const int Kept = 20_000;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<LogLine>> _lines = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, int> _startedAt = new Dictionary<string, int>();

    /// <summary>The resources whose output is kept.</summary>
    public IReadOnlyCollection<string> Resources => [.. _lines.Keys];

    public IReadOnlyList<LogLine> Lines(string resource) => _lines.TryGetValue(resource, out var lines) ? [.. lines] : [];

    /// <summary>What the resource wrote until every project was healthy: a normal start, before any test's traffic.</summary>
    public IReadOnlyList<LogLine> StartupLines(string resource) =>
        [.. Lines(resource).Where(l => l.LineNumber <= _startedAt.GetValueOrDefault(resource))];

    internal void MarkStarted() =>
        _startedAt = _lines.ToDictionary(r => r.Key, r => r.Value.IsEmpty ? 0 : r.Value.Last().LineNumber, StringComparer.Ordinal);

    public string Tail(string resource, int count) => string.Join(Environment.NewLine, Lines(resource).TakeLast(count).Select(l => l.Content));

    /// <summary>Follows the log stream of every instance the orchestrator runs (logs are kept per instance id, as <c>chatapi-abcd1234</c>).</summary>
    internal void Watch(ResourceNotificationService notifications, ResourceLoggerService logs, CancellationToken stopping)
    {
        var watched = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        _ = Task.Run(async () =>
        {
            try
            {
                await foreach (var change in notifications.WatchAsync(stopping))
                {
                    if (watched.TryAdd(change.ResourceId, true))
                    {
                        Follow(logs, change.Resource.Name, change.ResourceId, stopping);
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }, CancellationToken.None);
    }

    private void Follow(ResourceLoggerService logs, string resource, string instance, CancellationToken stopping)
    {
        var queue = _lines.GetOrAdd(resource, _ => new ConcurrentQueue<LogLine>());
        _ = Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in logs.WatchAsync(instance).WithCancellation(stopping))
                {
                    foreach (var line in batch)
                    {
                        queue.Enqueue(line);
                        if (echo)
                        {
                            Console.WriteLine($"[{instance}] {line.Content}");
                        }
                    }

                    while (queue.Count > Kept && queue.TryDequeue(out _))
                    {
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }, CancellationToken.None);
    }
}
