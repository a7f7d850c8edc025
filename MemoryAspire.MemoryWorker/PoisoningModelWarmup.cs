using System.Diagnostics;
using MemoryAspire.Memory.Governance;

namespace MemoryAspire.MemoryWorker;

/// <summary>
/// Once at start: trains the learned filters (<see cref="PoisoningModel"/>: the fact gate's, then the chat model summary
/// compaction reads transcripts and summaries with), so the first extraction or compaction job does not wait for them. A
/// job that comes first simply trains the one it needs itself; training is idempotent and happens once per process.
/// </summary>
public sealed partial class PoisoningModelWarmup(ILogger<PoisoningModelWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            // Training cannot be interrupted; a stop does not wait for it (the process ends, and the models with it).
            await Task.Run(() => (PoisoningModel.Default, PoisoningModel.Chat), CancellationToken.None).WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        LogTrained(logger, clock.ElapsedMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Learned poisoning filters trained in {Milliseconds} ms")]
    private static partial void LogTrained(ILogger logger, long milliseconds);
}
