using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MemoryAspire.Dashboard.Telemetry;

/// <summary>Everything the store holds, as one file: exported and imported from the UI, and kept across restarts.</summary>
public sealed record TelemetrySnapshot(
    int FormatVersion,
    DateTimeOffset TakenAt,
    IReadOnlyList<SpanRecord> Spans,
    IReadOnlyList<LogEntry> Logs,
    IReadOnlyList<MetricPoint> Metrics)
{
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static TelemetrySnapshot Of(TelemetryStore store, TimeProvider time) =>
        new(CurrentFormat, time.GetUtcNow(), store.Spans, store.Logs, store.Metrics);

    public void AddTo(TelemetryStore store)
    {
        store.AddSpans([.. Spans]);
        store.AddLogs([.. Logs]);
        store.AddMetrics([.. Metrics]);
    }

    public Task WriteAsync(Stream stream, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);

    /// <summary>Reads a snapshot; a file from another format version is refused rather than half-read.</summary>
    public static async Task<TelemetrySnapshot> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var snapshot = await JsonSerializer.DeserializeAsync<TelemetrySnapshot>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException("The telemetry snapshot is empty.");
        return snapshot.FormatVersion == CurrentFormat
            ? snapshot
            : throw new InvalidDataException($"The telemetry snapshot has format {snapshot.FormatVersion}; this dashboard reads format {CurrentFormat}.");
    }
}

/// <summary>Keeps the store in a folder across restarts: loaded at start, saved when it changed and at stop.</summary>
public sealed class TelemetryPersistence(TelemetryStore store, DashboardOptions options, TimeProvider time, ILogger<TelemetryPersistence> logger) : BackgroundService
{
    private const string FileName = "telemetry.json.gz";
    private long _savedVersion;

    public string? FilePath => options.Persist && options.PersistDirectory is { Length: > 0 } folder ? Path.Combine(folder, FileName) : null;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (FilePath is { } path && File.Exists(path))
        {
            try
            {
                await using var file = File.OpenRead(path);
                await using var unzip = new GZipStream(file, CompressionMode.Decompress);
                var snapshot = await TelemetrySnapshot.ReadAsync(unzip, cancellationToken);
                snapshot.AddTo(store);
                _savedVersion = store.Version;
                logger.LogInformation("Loaded {Spans} spans, {Logs} logs and {Points} metric points kept from the last run.", snapshot.Spans.Count, snapshot.Logs.Count, snapshot.Metrics.Count);
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or IOException)
            {
                logger.LogWarning("Ignored the telemetry kept in {Path}: {Error}", path, e.Message);
            }
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (FilePath is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.PersistInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SaveAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await SaveAsync(CancellationToken.None);
    }

    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        var version = store.Version;
        if (FilePath is not { } path || version == _savedVersion)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written beside and then moved, so that a crash mid-write leaves the previous copy intact.
        var partial = path + ".partial";
        await using (var file = File.Create(partial))
        await using (var zip = new GZipStream(file, CompressionLevel.Fastest))
        {
            await TelemetrySnapshot.Of(store, time).WriteAsync(zip, cancellationToken);
        }

        File.Move(partial, path, overwrite: true);
        _savedVersion = version;
    }
}
