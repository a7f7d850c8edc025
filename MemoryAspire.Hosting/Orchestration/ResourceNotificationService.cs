using System.Collections.Concurrent;
using System.Threading.Channels;

namespace MemoryAspire.Hosting.Orchestration;

public enum ResourceState
{
    NotStarted,
    Waiting,
    Starting,
    Running,
    FailedToStart,
    Exited,
    Stopping,
    Finished,
}

/// <summary>What is known about a resource right now.</summary>
public sealed record ResourceSnapshot(string Name, string Kind)
{
    public ResourceState State { get; init; } = ResourceState.NotStarted;

    public bool Healthy { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public int? ProcessId { get; init; }

    public int? ExitCode { get; init; }

    public IReadOnlyList<string> Urls { get; init; } = [];

    public string? Error { get; init; }
}

/// <summary>Publishes resource state changes and lets callers wait for a state (Aspire's ResourceNotificationService).</summary>
public sealed class ResourceNotificationService
{
    private readonly ConcurrentDictionary<string, ResourceSnapshot> _snapshots = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Channel<ResourceSnapshot>> _watchers = [];
    private readonly Lock _gate = new();

    public IReadOnlyCollection<ResourceSnapshot> Snapshots => [.. _snapshots.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];

    public ResourceSnapshot? Get(string name) => _snapshots.GetValueOrDefault(name);

    internal void Publish(ResourceSnapshot snapshot)
    {
        lock (_gate)
        {
            _snapshots[snapshot.Name] = snapshot;
            foreach (var watcher in _watchers)
            {
                watcher.Writer.TryWrite(snapshot);
            }
        }
    }

    internal void Update(string name, Func<ResourceSnapshot, ResourceSnapshot> change)
    {
        lock (_gate)
        {
            if (_snapshots.TryGetValue(name, out var current))
            {
                Publish(change(current));
            }
        }
    }

    /// <summary>The current state of every resource, then every change.</summary>
    public async IAsyncEnumerable<ResourceSnapshot> WatchAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<ResourceSnapshot>();
        lock (_gate)
        {
            foreach (var snapshot in _snapshots.Values)
            {
                channel.Writer.TryWrite(snapshot);
            }

            _watchers.Add(channel);
        }

        try
        {
            await foreach (var snapshot in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return snapshot;
            }
        }
        finally
        {
            lock (_gate)
            {
                _watchers.Remove(channel);
            }
        }
    }

    public async Task<ResourceSnapshot> WaitForResourceAsync(string name, Func<ResourceSnapshot, bool> predicate, CancellationToken cancellationToken = default)
    {
        await foreach (var snapshot in WatchAsync(cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(snapshot.Name, name, StringComparison.OrdinalIgnoreCase) && predicate(snapshot))
            {
                return snapshot;
            }
        }

        throw new OperationCanceledException(cancellationToken);
    }

    public Task<ResourceSnapshot> WaitForResourceHealthyAsync(string name, CancellationToken cancellationToken = default) =>
        WaitForResourceAsync(name, s => s.Healthy && s.State == ResourceState.Running, cancellationToken);
}

/// <summary>Each resource's console output, kept in a bounded buffer for the dashboard.</summary>
public sealed class ResourceConsoleLogs(int capacityPerResource = 10_000)
{
    private readonly ConcurrentDictionary<string, Queue<ConsoleLine>> _lines = new(StringComparer.OrdinalIgnoreCase);

    public event Action<string, ConsoleLine>? LineAdded;

    internal void Add(string resource, string text, bool isError)
    {
        var line = new ConsoleLine(DateTimeOffset.UtcNow, text, isError);
        var queue = _lines.GetOrAdd(resource, _ => new Queue<ConsoleLine>());
        lock (queue)
        {
            queue.Enqueue(line);
            while (queue.Count > capacityPerResource)
            {
                queue.Dequeue();
            }
        }

        LineAdded?.Invoke(resource, line);
    }

    public IReadOnlyList<ConsoleLine> Get(string resource, int? last = null)
    {
        if (!_lines.TryGetValue(resource, out var queue))
        {
            return [];
        }

        lock (queue)
        {
            return last is { } n ? [.. queue.Skip(Math.Max(0, queue.Count - n))] : [.. queue];
        }
    }
}

public sealed record ConsoleLine(DateTimeOffset Timestamp, string Text, bool IsError);
