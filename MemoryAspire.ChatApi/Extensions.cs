using MemoryAspire.Memory;
using MemoryAspire.Memory.Storage;

namespace MemoryAspire.ChatApi;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient("cache");
        builder.AddNpgsqlDbContext<MemoryDbContext>("memorydb",
            s => s.ConnectionString = MemoryDbContext.TuneConnectionString(s.ConnectionString), MemoryDbContext.ConfigureOptions);
        builder.Services.AddMemoryEngine(builder.Configuration);
        builder.Services.AddScoped<RequestGate>();
        builder.Services.AddHealthChecks().AddCheck<SchemaHealthCheck>("schema");
        builder.AddMemoryAuthentication();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ErrorHandling>();
        builder.Services.AddOpenApi();
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
            // Room for a message at the limit with every character JSON-escaped.
            o.Limits.MaxRequestBodySize = (builder.Configuration.GetValue<int?>("Memory:MaxMessageBytes") ?? new MemoryOptions().MaxMessageBytes) * 6L + 4096);
        return builder;
    }
}
