using MemoryAspire.Dashboard;
using MemoryAspire.Hosting.Orchestration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MemoryAspire.Hosting.Dashboard;

internal static class AppHostDashboardExtensions
{
    public static IServiceCollection AddAppHostDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new DashboardOptions();
        configuration.GetSection(DashboardOptions.SectionName).Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<AppHostResourceSource>();
        services.AddSingleton<AppHostDashboard>();
        services.AddHostedService(sp => sp.GetRequiredService<AppHostDashboard>());
        return services;
    }
}

/// <summary>
/// The dashboard inside the AppHost, as Aspire runs its own: started before any resource, it hands its OTLP endpoint and
/// API key to the orchestrator, which passes them to every project.
/// </summary>
public sealed class AppHostDashboard(
    DashboardOptions options,
    AppHostOptions appHost,
    AppHostResourceSource resources,
    ILogger<AppHostDashboard> logger) : IHostedService, IAsyncDisposable
{
    private const int SecretLength = 32;
    private bool _disposed;

    /// <summary>The running dashboard; null before start.</summary>
    public DashboardServer? Server { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (appHost.RandomizePorts)
        {
            options.UiPort = options.OtlpGrpcPort = options.OtlpHttpPort = 0;
        }

        options.OtlpApiKey = appHost.OtlpApiKey is { Length: > 0 } configuredKey ? configuredKey : options.OtlpApiKey ?? StateDirectory.Generate(SecretLength);
        options.BrowserToken ??= StateDirectory.Generate(SecretLength);
        options.PersistDirectory ??= Path.Combine(appHost.StateRoot, "dashboard");

        Server = DashboardServer.Create(options, resources);
        await Server.StartAsync(cancellationToken).ConfigureAwait(false);
        resources.Start();

        if (string.IsNullOrEmpty(appHost.OtlpEndpointUrl))
        {
            var http = string.Equals(appHost.OtlpProtocol, "http/protobuf", StringComparison.OrdinalIgnoreCase);
            appHost.OtlpEndpointUrl = (http ? Server.OtlpHttpUrl : Server.OtlpGrpcUrl).ToString().TrimEnd('/');
        }

        appHost.OtlpApiKey = options.OtlpApiKey;
        logger.LogInformation("Dashboard: {LoginUrl}", Server.LoginUrl);
    }

    // The app may be stopped and disposed more than once (an explicit DisposeAsync inside await using).
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        resources.Stop();
        if (Server is { } server && !_disposed)
        {
            await server.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Server is { } server && !_disposed)
        {
            _disposed = true;
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>The orchestrator's resources as the dashboard's Resources and Console pages see them.</summary>
public sealed class AppHostResourceSource(ResourceNotificationService notifications, IServiceProvider services, ILogger<AppHostResourceSource> logger) : IResourceSource, IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private bool _disposed;

    public event Action? Changed;

    // Resolved late: the orchestrator is built after the dashboard that starts before it.
    private ApplicationOrchestrator Orchestrator => services.GetRequiredService<ApplicationOrchestrator>();

    public IReadOnlyList<ResourceView> GetResources() =>
        [.. notifications.Snapshots.Select(s => new ResourceView(
            s.Name,
            s.Kind,
            s.State.ToString(),
            s.Healthy,
            s.StartedAt,
            s.Urls,
            Orchestrator.EnvironmentOf(s.Name),
            s.ProcessId is not null,
            s.Error))];

    public IReadOnlyList<ConsoleLogLine> GetConsoleLogs(string resource, int last) =>
        [.. Orchestrator.ConsoleLogs.Get(resource, last).Select(l => new ConsoleLogLine(l.Timestamp, l.Text, l.IsError))];

    public Task StopAsync(string resource, CancellationToken cancellationToken) => ControlAsync(resource, "stop", () => Orchestrator.StopResourceAsync(resource));

    public Task RestartAsync(string resource, CancellationToken cancellationToken) => ControlAsync(resource, "restart", () => Orchestrator.RestartResourceAsync(resource));

    internal void Start()
    {
        Orchestrator.ConsoleLogs.LineAdded += (_, _) => Changed?.Invoke();
        _ = WatchAsync();
    }

    internal void Stop()
    {
        if (!_disposed)
        {
            _stop.Cancel();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _stop.Dispose();
    }

    private async Task WatchAsync()
    {
        try
        {
            await foreach (var _ in notifications.WatchAsync(_stop.Token).ConfigureAwait(false))
            {
                Changed?.Invoke();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ControlAsync(string resource, string action, Func<Task> control)
    {
        try
        {
            await control().ConfigureAwait(false);
        }
        catch (Exception e) when (e is DistributedApplicationException or InvalidOperationException or OperationCanceledException)
        {
            // The resource's state and error already show on the Resources page; the log keeps the reason.
            logger.LogWarning("Could not {Action} {Resource}: {Error}", action, resource, e.Message);
        }
    }
}
