using System.Diagnostics;
using MemoryAspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MemoryAspire.Hosting.Orchestration;

/// <summary>
/// Starts every resource once the resources it waits for are healthy, reports what happens to each, and stops them
/// in reverse dependency order (users of a server before the server).
/// </summary>
public sealed class ApplicationOrchestrator(
    DistributedApplicationModel model,
    AppHostOptions options,
    IHostEnvironment environment,
    ResourceNotificationService notifications,
    ILogger<ApplicationOrchestrator> logger) : IHostedService, IDisposable
{
    private readonly Dictionary<IResource, ResourceRunner> _runners = [];
    private readonly Dictionary<IResource, Task> _healthy = [];
    private readonly Lock _consoleGate = new();
    private readonly List<Task> _watchers = [];
    private ChildReaper? _reaper;
    private CancellationTokenSource? _lifetime;
    private bool _stopping;

    public ResourceConsoleLogs ConsoleLogs { get; } = new();

    internal string? StateRoot { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        _lifetime = new CancellationTokenSource();
        var state = new StateDirectory(options.StateRoot);
        StateRoot = state.Root;
        _reaper = new ChildReaper();
        var context = new RunnerContext(state, _reaper, options, environment.EnvironmentName, OnOutput);

        try
        {
            PrepareParameters(state);
            AllocateEndpoints();
            foreach (var resource in NeededResources())
            {
                _runners[resource] = CreateRunner(resource, context);
                notifications.Publish(new ResourceSnapshot(resource.Name, _runners[resource].Kind) { Urls = UrlsOf(resource) });
            }

            using var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
            foreach (var runner in _runners.Values)
            {
                _healthy[runner.Resource] = RunAsync(runner, startup.Token);
            }

            await Task.WhenAll(_healthy.Values).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await StopAllAsync().ConfigureAwait(false);
            if (e is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new DistributedApplicationException(RootCause(e));
        }

        var elapsed = started.Elapsed.TotalSeconds;
        logger.LogInformation("Distributed application started in {Seconds:0.0} s. Press Ctrl+C to shut down.", elapsed);
        foreach (var project in _runners.Keys.OfType<ProjectResource>())
        {
            var urls = string.Join(", ", UrlsOf(project));
            logger.LogInformation("{Resource}: {Urls}", project.Name, urls);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var stopped = Stopwatch.StartNew();
        await StopAllAsync().ConfigureAwait(false);
        var elapsed = stopped.Elapsed.TotalSeconds;
        logger.LogInformation("Stopped every resource in {Seconds:0.0} s.", elapsed);
    }

    /// <summary>Stops one resource on request (the dashboard's Stop button); resources that use it keep running.</summary>
    public async Task StopResourceAsync(string name)
    {
        var runner = RunnerNamed(name);
        Update(runner.Resource, s => s with { State = ResourceState.Stopping });
        await runner.StopAsync(TimeSpan.FromSeconds(options.StopTimeoutSeconds)).ConfigureAwait(false);
    }

    /// <summary>Stops one resource and starts it again with the same endpoints and environment.</summary>
    public async Task RestartResourceAsync(string name)
    {
        await StopResourceAsync(name).ConfigureAwait(false);
        await RunAsync(RunnerNamed(name), _lifetime?.Token ?? CancellationToken.None).ConfigureAwait(false);
    }

    internal IReadOnlyDictionary<string, string> EnvironmentOf(string name) =>
        _runners.Values.FirstOrDefault(r => string.Equals(r.Resource.Name, name, StringComparison.OrdinalIgnoreCase))?.Environment ?? new Dictionary<string, string>();

    private ResourceRunner RunnerNamed(string name) =>
        _runners.Values.FirstOrDefault(r => string.Equals(r.Resource.Name, name, StringComparison.OrdinalIgnoreCase) && r.Process is not null)
        ?? throw new InvalidOperationException($"No running process named '{name}'.");

    private async Task RunAsync(ResourceRunner runner, CancellationToken cancellationToken)
    {
        var resource = runner.Resource;
        var dependencies = DistributedApplicationModel.DependenciesOf(resource).Where(_healthy.ContainsKey).ToList();
        if (dependencies.Count > 0)
        {
            Update(resource, s => s with { State = ResourceState.Waiting });
            foreach (var dependency in dependencies)
            {
                try
                {
                    await _healthy[dependency].ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Update(resource, s => s with { State = ResourceState.FailedToStart, Error = $"waited for {dependency.Name}, which failed" });
                    throw new DependencyFailedException($"{resource.Name} was not started because {dependency.Name} failed to start.", e);
                }
            }
        }

        Update(resource, s => s with { State = ResourceState.Starting });
        try
        {
            await runner.StartAsync(cancellationToken).ConfigureAwait(false);
            if (runner.Process is { } process)
            {
                logger.LogInformation("Started {Resource} (pid {Pid})", resource.Name, process.Pid);
                Update(resource, s => s with { ProcessId = process.Pid, StartedAt = DateTimeOffset.UtcNow });
                _watchers.Add(WatchExitAsync(runner, process));
            }

            await WaitHealthyAsync(runner, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Update(resource, s => s with { State = ResourceState.FailedToStart, Error = e.Message });
            throw;
        }

        Update(resource, s => s with { State = ResourceState.Running, Healthy = true, StartedAt = s.StartedAt ?? DateTimeOffset.UtcNow });
    }

    private async Task WaitHealthyAsync(ResourceRunner runner, CancellationToken cancellationToken)
    {
        var resource = runner.Resource;
        var limit = TimeSpan.FromSeconds(runner.IsExisting ? options.ExistingServerTimeoutSeconds : options.StartTimeoutSeconds);
        var waited = Stopwatch.StartNew();
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            if (runner.Process is { Exited.IsCompleted: true } process)
            {
                throw new DistributedApplicationException(
                    $"{resource.Name} exited with code {process.Exited.Result} while starting.{LastLines(resource.Name)}");
            }

            var probe = await runner.ProbeAsync(cancellationToken).ConfigureAwait(false);
            if (probe.Healthy)
            {
                return;
            }

            if (probe.Fatal)
            {
                throw new DistributedApplicationException($"{resource.Name}: {probe.Problem}. {Advice(runner)}");
            }

            if (waited.Elapsed > limit)
            {
                throw new DistributedApplicationException(
                    $"{resource.Name} did not become healthy within {limit.TotalSeconds:0} s: {probe.Problem}. {Advice(runner)}{LastLines(resource.Name)}");
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromMilliseconds(Math.Min(500, delay.TotalMilliseconds * 1.5));
        }
    }

    private static string Advice(ResourceRunner runner) => runner.IsExisting
        ? $"Check ConnectionStrings:{runner.Resource.Name} in the AppHost's configuration, or remove it to have the AppHost start a local server."
        : "";

    private async Task WatchExitAsync(ResourceRunner runner, ManagedProcess process)
    {
        var exitCode = await process.Exited.ConfigureAwait(false);
        Update(runner.Resource, s => s with
        {
            State = process.StopRequested ? ResourceState.Finished : ResourceState.Exited,
            Healthy = false,
            ExitCode = exitCode,
        });
        if (!process.StopRequested && !_stopping)
        {
            var lastLines = LastLines(runner.Resource.Name);
            logger.LogError("{Resource} exited unexpectedly with code {ExitCode}.{LastLines}", runner.Resource.Name, exitCode, lastLines);
        }
    }

    private async Task StopAllAsync()
    {
        if (_stopping)
        {
            return;
        }

        _stopping = true;
        _lifetime?.Cancel();
        var timeout = TimeSpan.FromSeconds(options.StopTimeoutSeconds);
        var stops = new Dictionary<IResource, Task>();
        foreach (var resource in _runners.Keys)
        {
            _ = StopAfterUsers(resource);
        }

        await Task.WhenAll(stops.Values).ConfigureAwait(false);
        foreach (var runner in _runners.Values)
        {
            runner.CleanUp();
        }

        _reaper?.Dispose();
        _reaper = null;

        Task StopAfterUsers(IResource resource)
        {
            if (stops.TryGetValue(resource, out var existing))
            {
                return existing;
            }

            var users = _runners.Keys.Where(r => UsesResource(r, resource)).Select(StopAfterUsers).ToList();
            return stops[resource] = StopOneAsync(resource, users);
        }

        async Task StopOneAsync(IResource resource, List<Task> users)
        {
            await Task.WhenAll(users).ConfigureAwait(false);
            var runner = _runners[resource];
            if (runner.Process is { Exited.IsCompleted: false })
            {
                Update(resource, s => s with { State = ResourceState.Stopping });
            }

            try
            {
                await runner.StopAsync(timeout).ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                logger.LogWarning("Stopping {Resource} failed: {Error}", resource.Name, e.Message);
            }
        }
    }

    private static bool UsesResource(IResource user, IResource resource) =>
        DistributedApplicationModel.DependenciesOf(user).Contains(resource)
        || user.Annotations.OfType<ReferenceAnnotation>().Any(r => r.Resource == resource || (r.Resource is IResourceWithParent<IResource> child && child.Parent == resource));

    private void PrepareParameters(StateDirectory state)
    {
        foreach (var parameter in model.Resources.OfType<ParameterResource>().Where(p => p.Value is null))
        {
            if (parameter is ConnectionStringParameterResource)
            {
                throw new DistributedApplicationException($"Connection string '{parameter.Name}' has no value: set ConnectionStrings:{parameter.Name} in the AppHost's configuration.");
            }

            if (!parameter.Secret)
            {
                throw new DistributedApplicationException($"Parameter '{parameter.Name}' has no value: set Parameters:{parameter.Name} in the AppHost's configuration.");
            }

            parameter.Value = state.GetOrCreateSecret(parameter.Name, parameter.GeneratedLength);
        }
    }

    private void AllocateEndpoints()
    {
        foreach (var resource in NeededResources().Where(r => r.ExistingConnectionString() is null))
        {
            foreach (var endpoint in resource.Endpoints())
            {
                int port;
                if (endpoint.Port is { } fixedPort && !options.RandomizePorts)
                {
                    if (!Ports.IsFree(fixedPort))
                    {
                        throw new DistributedApplicationException(
                            $"Port {fixedPort} for {resource.Name} ({endpoint.Name}) is already in use by another process: stop that process, or change the port"
                            + (resource is ProjectResource p ? $" in {Path.Combine(p.ProjectDirectory, "Properties", "launchSettings.json")}." : " in the AppHost."));
                    }

                    port = fixedPort;
                }
                else
                {
                    port = Ports.GetFree();
                }

                endpoint.Allocated = endpoint.Transport == "tcp"
                    ? new AllocatedEndpoint(endpoint.UriScheme, "127.0.0.1", port)
                    : new AllocatedEndpoint(endpoint.UriScheme, "localhost", port);
            }
        }
    }

    /// <summary>Every resource, except a server that only hosts databases which already exist elsewhere.</summary>
    private IEnumerable<IResource> NeededResources() => model.Resources.Where(resource => resource switch
    {
        PostgresServerResource server when server.ExistingConnectionString() is null =>
            server.Databases.Count == 0
            || server.Databases.Any(d => d.ExistingConnectionString() is null)
            || model.Resources.Any(r => r.Annotations.OfType<ReferenceAnnotation>().Any(a => a.Resource == server)),
        _ => true,
    });

    private static ResourceRunner CreateRunner(IResource resource, RunnerContext context) => resource switch
    {
        RedisResource redis => new RedisRunner(redis, context),
        PostgresServerResource server => new PostgresServerRunner(server, context),
        PostgresDatabaseResource database => new PostgresDatabaseRunner(database, context),
        ProjectResource project => new ProjectRunner(project, context),
        ParameterResource parameter => new ParameterRunner(parameter, context),
        _ => throw new DistributedApplicationException($"The AppHost cannot run resource '{resource.Name}' of type {resource.GetType().Name}."),
    };

    private static IReadOnlyList<string> UrlsOf(IResource resource) =>
        [.. resource.Endpoints().Where(e => e.Allocated is not null && e.Transport == "http").Select(e => e.Allocated!.Url)];

    private void Update(IResource resource, Func<ResourceSnapshot, ResourceSnapshot> change) => notifications.Update(resource.Name, change);

    private void OnOutput(string resource, string line, bool isError)
    {
        ConsoleLogs.Add(resource, line, isError);
        if (options.EchoResourceOutput)
        {
            lock (_consoleGate)
            {
                Console.Out.WriteLine($"{resource,-13}| {line}");
            }
        }
    }

    private string LastLines(string resource)
    {
        var lines = WithoutDeepStackFrames(ConsoleLogs.Get(resource, last: 400).Select(l => l.Text)).TakeLast(15).ToList();
        return lines.Count == 0 ? "" : $" Last output:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", lines);
    }

    /// <summary>
    /// A crash prints its exception's message and then dozens of stack frames; the last lines alone would be frames only.
    /// Keeps the first few frames of each trace, so the message stays among the last lines shown.
    /// </summary>
    internal static IEnumerable<string> WithoutDeepStackFrames(IEnumerable<string> lines, int framesKept = 3)
    {
        var frames = 0;
        foreach (var line in lines)
        {
            if (!line.TrimStart().StartsWith("at ", StringComparison.Ordinal))
            {
                frames = 0;
                yield return line;
            }
            else if (frames++ < framesKept)
            {
                yield return line;
            }
            else if (frames == framesKept + 1)
            {
                yield return line[..(line.Length - line.TrimStart().Length)] + "...";
            }
        }
    }

    /// <summary>The failure that caused the others, not the resources that gave up waiting for it.</summary>
    private static string RootCause(Exception e)
    {
        var failures = (e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [e]).ToList();
        var root = failures.FirstOrDefault(f => f is DistributedApplicationException) ?? failures.FirstOrDefault(f => f is not DependencyFailedException) ?? failures[0];
        while (root is DependencyFailedException { InnerException: { } inner })
        {
            root = inner;
        }

        return root is DistributedApplicationException ? root.Message : $"{root.GetType().Name}: {root.Message}";
    }

    public void Dispose()
    {
        _reaper?.Dispose();
        _lifetime?.Dispose();
    }

    private sealed class DependencyFailedException(string message, Exception inner) : Exception(message, inner);
}
