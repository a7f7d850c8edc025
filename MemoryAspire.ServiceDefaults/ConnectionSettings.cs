using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.Hosting;

/// <summary>Settings of the Redis client integration; section <c>Aspire:StackExchange:Redis[:&lt;name&gt;]</c>.</summary>
public sealed class StackExchangeRedisSettings
{
    public string? ConnectionString { get; set; }

    public bool DisableHealthChecks { get; set; }

    public bool DisableTracing { get; set; }
}

/// <summary>Settings of the EF Core PostgreSQL integration; section <c>Aspire:Npgsql:EntityFrameworkCore:PostgreSQL[:&lt;name&gt;|:&lt;DbContext&gt;]</c>.</summary>
public sealed class NpgsqlEntityFrameworkCorePostgreSQLSettings
{
    public string? ConnectionString { get; set; }

    public bool DisableHealthChecks { get; set; }

    public bool DisableTracing { get; set; }

    public bool DisableMetrics { get; set; }

    public bool DisableRetry { get; set; }

    /// <summary>Command timeout in seconds.</summary>
    public int? CommandTimeout { get; set; }
}

internal static class ConnectionSettingsBinder
{
    /// <summary>Aspire's order: the general section, then the named sub-sections, then <c>ConnectionStrings:&lt;name&gt;</c>; code configures last.</summary>
    public static T Bind<T>(IConfiguration configuration, string connectionName, IReadOnlyList<string> sections, Action<T>? configure, Action<T, string> setConnectionString)
        where T : new()
    {
        var settings = new T();
        foreach (var section in sections)
        {
            configuration.GetSection(section).Bind(settings);
        }

        if (configuration.GetConnectionString(connectionName) is { Length: > 0 } connectionString)
        {
            setConnectionString(settings, connectionString);
        }

        configure?.Invoke(settings);
        return settings;
    }

    public static InvalidOperationException MissingConnectionString(string connectionName, IReadOnlyList<string> sections)
    {
        var quoted = sections.Select(s => $"'{s}'").ToList();
        return new InvalidOperationException(
            $"ConnectionString is missing. It should be provided in 'ConnectionStrings:{connectionName}' or under the 'ConnectionString' key in "
            + $"{string.Join(", ", quoted.Take(quoted.Count - 1))}{(quoted.Count > 1 ? " or " : "")}{quoted[^1]} configuration section.");
    }
}
