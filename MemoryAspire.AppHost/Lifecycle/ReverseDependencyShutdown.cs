using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MemoryAspire.AppHost.Lifecycle;

/// <summary>
/// Stops the resources in reverse dependency order when the AppHost stops (Ctrl+C, SIGTERM): what waits for another stops
/// before it (Web, then ChatApi, then MemoryWorker, then Redis and PostgreSQL), so no service sees its database vanish
/// mid-request, and the dashboard, stopped last by Aspire, still receives what the services export while they stop.
/// Aspire's orchestrator would stop everything at once. Registered after Aspire's own services, so it stops before them.
/// </summary>
internal sealed partial class ReverseDependencyShutdown(
    DistributedApplicationModel model, ResourceCommandService commands, ResourceNotificationService notifications,
    DistributedApplicationExecutionContext execution, ILogger<ReverseDependencyShutdown> logger) : IHostedService
{
    private const string DashboardResourceName = "aspire-dashboard";

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!execution.IsRunMode)
        {
            return;
        }

        foreach (var tier in StopOrder(model.Resources))
        {
            await Task.WhenAll(tier.Select(async resource =>
            {
                try
                {
                    foreach (var graceful in resource.Annotations.OfType<GracefulStopAnnotation>())
                    {
                        await graceful.StopAsync(cancellationToken).ConfigureAwait(false);
                    }

                    // The stop command confirms by polling with a growing back-off (0.2, 0.6, 1.4 s...), though a service
                    // stops in about 0.15 s: the next tier starts as soon as the orchestrator reports this one's process gone.
                    var stop = commands.ExecuteCommandAsync(resource, KnownResourceCommands.StopCommand, cancellationToken);
                    var gone = notifications.WaitForResourceAsync(resource.Name, KnownResourceStates.TerminalStates, cancellationToken);
                    if (await Task.WhenAny(stop, gone).ConfigureAwait(false) == stop && await stop.ConfigureAwait(false) is { Success: false } result)
                    {
                        LogNotStopped(logger, resource.Name, result.Message);
                    }

                    Observe(stop, resource.Name);
                }
                catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
                {
                    LogNotStopped(logger, resource.Name, e.Message);
                }
            })).ConfigureAwait(false);
        }
    }

    /// <summary>A stop command still confirming after the process is gone ends on its own; its failure is logged, not thrown.</summary>
    private void Observe(Task<ExecuteCommandResult> stop, string resource) =>
        _ = stop.ContinueWith(
            done =>
            {
                if (done.IsFaulted && done.Exception.InnerException is not (InvalidOperationException or OperationCanceledException))
                {
                    LogNotStopped(logger, resource, done.Exception.InnerException?.Message);
                }
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    /// <summary>The processes the orchestrator runs, in tiers: each tier only after every resource that waits for it or uses it has stopped.</summary>
    internal static IReadOnlyList<IReadOnlyList<IResource>> StopOrder(IEnumerable<IResource> resources)
    {
        // The app's own processes: not the dashboard, which Aspire stops after them, nor the hidden rebuilders Aspire gives each project.
        var running = resources.Where(r => r is ProjectResource or ExecutableResource && r is not IResourceWithParent && r.Name != DashboardResourceName).ToList();
        var waitsFor = running.ToDictionary(r => r, r => ServerOf(DependenciesOf(r)).Where(running.Contains).ToHashSet());
        List<IReadOnlyList<IResource>> tiers = [];
        var left = running.ToHashSet();
        while (left.Count > 0)
        {
            // Nothing still running waits for these.
            var tier = left.Where(r => !left.Any(other => waitsFor[other].Contains(r))).ToList();
            if (tier.Count == 0)
            {
                tier = [.. left];
            }

            tiers.Add(tier);
            left.ExceptWith(tier);
        }

        return tiers;
    }

    /// <summary>What a resource waits for at start or calls (a reference: Web starts without waiting for ChatApi, but calls it).</summary>
    private static IEnumerable<IResource> DependenciesOf(IResource resource) =>
        resource.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource)
            .Concat(resource.Annotations.OfType<ResourceRelationshipAnnotation>().Where(r => r.Type == "Reference").Select(r => r.Resource));

    /// <summary>A wait on a database is a wait on the server process that holds it.</summary>
    private static IEnumerable<IResource> ServerOf(IEnumerable<IResource> waitedFor) =>
        waitedFor.Select(r => r is IResourceWithParent { Parent: { } parent } ? parent : r);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Resource} did not stop in order: {Reason}")]
    private static partial void LogNotStopped(ILogger logger, string resource, string? reason);
}

/// <summary>How a resource stops cleanly, done before the orchestrator's own stop (which only sends SIGTERM, then kills).</summary>
internal sealed record GracefulStopAnnotation(Func<CancellationToken, Task> StopAsync) : IResourceAnnotation;
