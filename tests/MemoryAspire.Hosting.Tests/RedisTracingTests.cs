using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace MemoryAspire.Hosting.Tests;

public sealed class RedisTracingTests
{
    [Fact]
    public async Task Every_redis_command_becomes_a_child_span_with_no_key_or_value()
    {
        var state = Path.Combine(Path.GetTempPath(), $"memoryaspire-test-{Guid.NewGuid():N}");
        var appHost = DistributedApplication.CreateBuilder([$"--AppHost:StateDirectory={state}", "--AppHost:EchoResourceOutput=false"]);
        appHost.AddRedis("cache");
        await using var app = appHost.Build();
        await app.StartAsync();
        try
        {
            await AssertCommandsAreTracedAsync(app);
        }
        finally
        {
            await app.DisposeAsync();
            Directory.Delete(state, recursive: true);
        }
    }

    private static async Task AssertCommandsAreTracedAsync(DistributedApplication app)
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "MemoryAspire.Redis" or "test",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (spans) { spans.Add(a); } },
        };
        ActivitySource.AddActivityListener(listener);

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new("ConnectionStrings:cache", await app.GetConnectionStringAsync("cache"))]);
        builder.AddRedisClient("cache");
        await using var services = builder.Services.BuildServiceProvider();
        var redis = services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();

        using var source = new ActivitySource("test");
        ActivityTraceId traceId;
        using (var parent = source.StartActivity("turn")!)
        {
            traceId = parent.TraceId;
            await redis.StringSetAsync("secret-key", "secret-value");
            Assert.Equal("secret-value", (string?)await redis.StringGetAsync("secret-key"));
        }

        await services.DisposeAsync();
        List<Activity> redisSpans;
        lock (spans)
        {
            redisSpans = [.. spans.Where(s => s.Source.Name == "MemoryAspire.Redis")];
        }

        Assert.Equal(["SET", "GET"], redisSpans.Select(s => s.DisplayName));
        Assert.All(redisSpans, s =>
        {
            Assert.Equal(traceId, s.TraceId);
            Assert.Equal(ActivityKind.Client, s.Kind);
            Assert.Equal("redis", s.GetTagItem("db.system.name"));
            Assert.Equal("127.0.0.1", s.GetTagItem("server.address"));
            Assert.DoesNotContain(s.TagObjects, t => t.Value?.ToString()?.Contains("secret", StringComparison.Ordinal) == true);
        });
    }
}
