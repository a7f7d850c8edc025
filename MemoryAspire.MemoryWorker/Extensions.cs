using MemoryAspire.Memory;
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
        return builder;
    }
}
