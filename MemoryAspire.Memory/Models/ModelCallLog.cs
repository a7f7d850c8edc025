using System.Collections.Concurrent;

namespace MemoryAspire.Memory.Models;

/// <summary>One model call's token use, as the provider reported it (null when it reported none).</summary>
public sealed record ModelCallUsage(string Purpose, string Model, long? InputTokens, long? OutputTokens);

/// <summary>
/// The model calls made while a memory job runs, collected for the job's runner, which stores them with the job's
/// completion: what fact extraction and summaries cost is kept with the session they were made for. The log is ambient
/// (it flows with the job's async calls); where none is open, as in ChatApi, a call goes to telemetry only.
/// </summary>
public sealed class ModelCallLog : IDisposable
{
    private static readonly AsyncLocal<ModelCallLog?> Current = new();

    private readonly ModelCallLog? _outer;
    private readonly ConcurrentQueue<ModelCallUsage> _calls = new();

    private ModelCallLog()
    {
        _outer = Current.Value;
        Current.Value = this;
    }

    /// <summary>Opens a log for the calls made from here on in this async flow, until it is disposed.</summary>
    public static ModelCallLog Begin() => new();

    /// <summary>The calls recorded so far, in the order they were made.</summary>
    public IReadOnlyList<ModelCallUsage> Calls => [.. _calls];

    /// <summary>Records a call in telemetry and in the open log, if there is one.</summary>
    public static void Record(string purpose, string model, long? inputTokens, long? outputTokens)
    {
        MemoryTelemetry.RecordUsage(purpose, model, inputTokens, outputTokens);
        Current.Value?._calls.Enqueue(new ModelCallUsage(purpose, model, inputTokens, outputTokens));
    }

    public void Dispose() => Current.Value = _outer;
}
