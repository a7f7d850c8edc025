using Microsoft.Extensions.Diagnostics.HealthChecks;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Conversations;
using MemoryAspire.Memory.Storage;

namespace MemoryAspire.MemoryWorker;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient("cache");
        builder.AddNpgsqlDbContext<MemoryDbContext>("memorydb",
            s => s.ConnectionString = MemoryDbContext.TuneConnectionString(s.ConnectionString), MemoryDbContext.ConfigureOptions);
        builder.Services.AddMemoryEngine(builder.Configuration);
        builder.Services.AddOptions<JobRunnerOptions>().Bind(builder.Configuration.GetSection(JobRunnerOptions.SectionName));
        builder.Services.AddHostedService<SchemaMigrator>();
        builder.Services.AddHostedService<JobRunner>();
        builder.Services.AddHostedService<RetentionSweeper>();
        builder.Services.AddHostedService<RecallIndexBackfill>();
        builder.Services.AddGovernanceWarmup(GovernanceWarmup.Parts.LearnedFilters);
        builder.Services.AddHostedService<RecallVectorIndexer>();
        builder.Services.AddOptions<JobQueueHealthOptions>().Bind(builder.Configuration.GetSection(JobQueueHealthOptions.SectionName));
        builder.Services.AddSingleton<JobQueueMonitor>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<JobQueueMonitor>());
        builder.Services.AddHealthChecks().AddCheck<JobQueueHealthCheck>("job-queue", failureStatus: HealthStatus.Unhealthy);
        return builder;
    }
}
