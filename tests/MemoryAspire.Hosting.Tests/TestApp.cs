using MemoryAspire.Hosting.Orchestration;
using MemoryAspire.Hosting.Testing;

namespace MemoryAspire.Hosting.Tests;

internal static class TestApp
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public static async Task<DistributedApplication> StartAsync(Action<DistributedApplicationTestingOptions>? configure = null)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.MemoryAspire_AppHost>([], configure);
        var app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await app.StartAsync(timeout.Token);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    public static IReadOnlyList<int> ProcessIds(this DistributedApplication app) =>
        [.. app.ResourceNotifications.Snapshots.Where(s => s.ProcessId is not null).Select(s => s.ProcessId!.Value)];

    public static ResourceConsoleLogs ConsoleLogs(this DistributedApplication app) =>
        ((ApplicationOrchestrator)app.Services.GetService(typeof(ApplicationOrchestrator))!).ConsoleLogs;
}
