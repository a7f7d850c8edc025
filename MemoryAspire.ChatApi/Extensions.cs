using MemoryAspire.Memory;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Conversations;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace MemoryAspire.ChatApi;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient("cache");
        builder.AddNpgsqlDbContext<MemoryDbContext>("memorydb",
            s => s.ConnectionString = MemoryDbContext.TuneConnectionString(s.ConnectionString), options =>
            {
                MemoryDbContext.ConfigureOptions(options);
                // A request rides out a blip of about 3 s, then answers 503 with Retry-After, instead of retrying for a minute.
                if (RelationalOptionsExtension.Extract(options.Options).ExecutionStrategyFactory is not null)
                {
                    options.UseNpgsql(npgsql => npgsql.EnableRetryOnFailure(3, TimeSpan.FromSeconds(2), null));
                }
            });
        builder.Services.AddMemoryEngine(builder.Configuration);
        builder.Services.AddScoped<RequestGate>();
        builder.Services.AddHostedService<SchemaGate>();
        builder.Services.AddGovernanceWarmup(GovernanceWarmup.Parts.FactGate);
        builder.AddMemoryAuthentication();
        // Before AddProblemDetails: the OpenAI-compatible routes' errors are written in OpenAI's format, every other in ProblemDetails.
        builder.Services.AddSingleton<IProblemDetailsWriter, OpenAiErrors>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ErrorHandling>();
        builder.Services.AddOpenApi();
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
            // Room for a message at the limit with every character JSON-escaped.
            o.Limits.MaxRequestBodySize = (builder.Configuration.GetValue<int?>("Memory:MaxMessageBytes") ?? new MemoryOptions().MaxMessageBytes) * 6L + 4096);
        return builder;
    }
}
