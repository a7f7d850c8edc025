using MemoryAspire.Dashboard.Telemetry;

namespace MemoryAspire.Dashboard.Ui;

/// <summary>What every page reads; <see cref="Resources"/> is null in the standalone dashboard.</summary>
internal sealed record DashboardState(TelemetryStore Store, IResourceSource? Resources, DashboardOptions Options, TimeProvider Time);
