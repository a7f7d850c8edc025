using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Trace;
using StackExchange.Redis;
using StackExchange.Redis.Profiling;

namespace Microsoft.Extensions.Hosting;

/// <summary>Aspire's StackExchange.Redis client integration: same name, configuration section and behaviour.</summary>
public static class RedisClientExtensions
{
    public const string DefaultConfigSectionName = "Aspire:StackExchange:Redis";

    public static void AddRedisClient(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<StackExchangeRedisSettings>? configureSettings = null,
        Action<ConfigurationOptions>? configureOptions = null)
    {
        string[] sections = [DefaultConfigSectionName, $"{DefaultConfigSectionName}:{connectionName}"];
        var settings = ConnectionSettingsBinder.Bind(builder.Configuration, connectionName, sections, configureSettings, (s, cs) => s.ConnectionString = cs);
        if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            throw ConnectionSettingsBinder.MissingConnectionString(connectionName, sections);
        }

        var options = ConfigurationOptions.Parse(settings.ConnectionString);
        // Start even when Redis is not up yet: the multiplexer keeps reconnecting, and Redis holds only what can be rebuilt.
        options.AbortOnConnectFail = false;
        configureOptions?.Invoke(options);

        builder.Services.AddSingleton<RedisCommandTracer>();
        builder.Services.AddSingleton<IConnectionMultiplexer>(sp =>
        {
            var connection = ConnectionMultiplexer.Connect(options);
            if (!settings.DisableTracing)
            {
                connection.RegisterProfiler(sp.GetRequiredService<RedisCommandTracer>().CurrentSession);
            }

            return connection;
        });

        if (!settings.DisableTracing)
        {
            builder.Services.AddOpenTelemetry().WithTracing(t => t.AddSource(RedisCommandTracer.SourceName));
        }

        if (!settings.DisableHealthChecks)
        {
            builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("StackExchange.Redis");
        }
    }
}

internal sealed class RedisHealthCheck(IConnectionMultiplexer connection) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await connection.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis did not answer PING.", e);
        }
    }
}

/// <summary>
/// One client span per Redis command, made from StackExchange.Redis's profiler because the OpenTelemetry Redis instrumentation
/// package is not available here. Commands are collected per parent Activity and turned into child spans once that Activity ends.
/// Spans carry the command name and server, never keys or values.
/// </summary>
internal sealed class RedisCommandTracer : IDisposable
{
    public const string SourceName = "MemoryAspire.Redis";
    private static readonly ActivitySource Source = new(SourceName);
    private static readonly TimeSpan LongestOpenSession = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Activity, ProfilingSession> _sessions = new();
    private readonly Timer _flushTimer;

    public RedisCommandTracer() => _flushTimer = new Timer(_ => Flush(force: false), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

    public ProfilingSession? CurrentSession()
    {
        var parent = Activity.Current;
        if (parent is null || !Source.HasListeners())
        {
            return null;
        }

        return _sessions.GetOrAdd(parent, static a => new ProfilingSession(a));
    }

    internal void Flush(bool force)
    {
        foreach (var (parent, session) in _sessions)
        {
            var ended = parent.IsStopped || DateTime.UtcNow - parent.StartTimeUtc > LongestOpenSession;
            if ((force || ended) && _sessions.TryRemove(parent, out _))
            {
                // A parent still running (a long-lived one) collects its later commands in a new session.
                foreach (var command in session.FinishProfiling())
                {
                    Emit(parent, command);
                }
            }
        }
    }

    private static void Emit(Activity parent, IProfiledCommand command)
    {
        var start = new DateTimeOffset(DateTime.SpecifyKind(command.CommandCreated, DateTimeKind.Utc));
        using var activity = Source.StartActivity(command.Command, ActivityKind.Client, parent.Context, startTime: start);
        if (activity is null)
        {
            return;
        }

        activity.SetTag("db.system", "redis");
        activity.SetTag("db.system.name", "redis");
        activity.SetTag("db.operation.name", command.Command);
        activity.SetTag("db.namespace", command.Db);
        switch (command.EndPoint)
        {
            case DnsEndPoint dns:
                activity.SetTag("server.address", dns.Host);
                activity.SetTag("server.port", dns.Port);
                break;
            case IPEndPoint ip:
                activity.SetTag("server.address", ip.Address.ToString());
                activity.SetTag("server.port", ip.Port);
                break;
        }

        activity.SetEndTime(start.UtcDateTime + command.ElapsedTime);
    }

    public void Dispose()
    {
        _flushTimer.Dispose();
        Flush(force: true);
    }
}
