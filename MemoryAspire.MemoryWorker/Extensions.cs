using MemoryAspire.Memory.Storage;

namespace MemoryAspire.MemoryWorker;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient("cache");
        builder.AddNpgsqlDbContext<MemoryDbContext>("memorydb");
        builder.Services.AddHostedService<JobRunner>();
        return builder;
    }
}
