namespace MemoryAspire.Dashboard;

/// <summary>What the Resources and Console pages show and control; the AppHost provides it, the standalone dashboard has none.</summary>
public interface IResourceSource
{
    /// <summary>Raised when a resource changes state or writes a console line.</summary>
    event Action? Changed;

    IReadOnlyList<ResourceView> GetResources();

    IReadOnlyList<ConsoleLogLine> GetConsoleLogs(string resource, int last);

    Task StopAsync(string resource, CancellationToken cancellationToken);

    Task RestartAsync(string resource, CancellationToken cancellationToken);
}

public sealed record ResourceView(
    string Name,
    string Kind,
    string State,
    bool Healthy,
    DateTimeOffset? StartedAt,
    IReadOnlyList<string> Urls,
    IReadOnlyDictionary<string, string> Environment,
    bool CanControl,
    string? Error);

public sealed record ConsoleLogLine(DateTimeOffset Time, string Text, bool IsError);
