using System.Diagnostics;
using MemoryAspire.Memory.Governance;

namespace MemoryAspire.MemoryWorker;

/// <summary>
/// Once at start: trains the fact gate's learned filter (<see cref="PoisoningModel"/>), so the first extraction job does not
/// wait for it. A job that comes first simply trains it itself; training is idempotent and happens once per process.
/// </summary>
public sealed partial class PoisoningModelWarmup(ILogger<PoisoningModelWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        await Task.Run(() => PoisoningModel.Default, stoppingToken).ConfigureAwait(false);
        LogTrained(logger, clock.ElapsedMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Learned poisoning filter trained in {Milliseconds} ms")]
    private static partial void LogTrained(ILogger logger, long milliseconds);
}
