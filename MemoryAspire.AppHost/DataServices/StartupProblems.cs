using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MemoryAspire.AppHost.DataServices;

internal static class StartupProblems
{
    /// <summary>
    /// A setup problem the user fixes (a missing package, a malformed setting): reported as one error line when the app starts,
    /// which then stops with exit code 1, no stack trace and nothing started. Publishing is not affected.
    /// </summary>
    public static void FailAtStart(this IDistributedApplicationBuilder builder, string problem)
    {
        builder.Eventing.Subscribe<BeforeStartEvent>((@event, _) =>
        {
            @event.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MemoryAspire.AppHost").LogCritical("{Problem}", problem);
            Environment.ExitCode = 1;
            @event.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
            return Task.CompletedTask;
        });
    }
}
