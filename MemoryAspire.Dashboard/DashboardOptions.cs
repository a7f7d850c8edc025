using MemoryAspire.Dashboard.Insights;
using MemoryAspire.Dashboard.Telemetry;

namespace MemoryAspire.Dashboard;

/// <summary>Settings of the dashboard, from the <c>Dashboard</c> configuration section.</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>Port of the UI; 0 picks a free one.</summary>
    public int UiPort { get; set; } = 18888;

    public int OtlpGrpcPort { get; set; } = 18889;

    public int OtlpHttpPort { get; set; } = 18890;

    /// <summary>Host name in the URLs the dashboard prints and hands out; it always listens on loopback only.</summary>
    public string HostName { get; set; } = "localhost";

    /// <summary>Required in the <c>x-otlp-api-key</c> header of every OTLP request; no check when empty.</summary>
    public string? OtlpApiKey { get; set; }

    /// <summary>Exchanged once at <c>/login?t=</c> for a cookie; no login when empty.</summary>
    public string? BrowserToken { get; set; }

    /// <summary>Keep telemetry across restarts in <see cref="PersistDirectory"/> (loaded at start, saved periodically and at stop).</summary>
    public bool Persist { get; set; }

    /// <summary>Where kept telemetry lives; the AppHost uses its state directory.</summary>
    public string? PersistDirectory { get; set; }

    public TimeSpan PersistInterval { get; set; } = TimeSpan.FromSeconds(30);

    public TelemetryLimits Limits { get; set; } = new();

    /// <summary>Price per million tokens by model name, for the estimated cost on the Tokens page.</summary>
    public Dictionary<string, ModelPrice> Prices { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
