using MemoryAspire.Memory.Storage;

namespace MemoryAspire.ChatApi;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient("cache");
        builder.AddNpgsqlDbContext<MemoryDbContext>("memorydb");
        return builder;
    }
}
