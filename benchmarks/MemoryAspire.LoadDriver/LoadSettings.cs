using System.Globalization;

namespace MemoryAspire.LoadDriver;

/// <param name="Strategy">Sent with every turn; null uses the deployment's default (hybrid).</param>
/// <param name="LogLevel">When set, the services' default log level (Logging__LogLevel__Default), to see what console logging costs.</param>
/// <param name="Dashboard">
/// Whether the AppHost hosts its dashboard (in this process, as <c>dotnet run</c> does), so every span, log and metric is
/// exported and ingested on the same two cores; off, the services export no telemetry.
/// </param>
/// <param name="PacedRate">Turns/s of the latency window after the capacity window: null for half the measured capacity, 0 to skip it.</param>
/// <param name="Statements">Whether to print where PostgreSQL's time went during the capacity window (<see cref="StatementStats"/>).</param>
public sealed record LoadSettings(int Users, TimeSpan Warmup, TimeSpan Duration, string? Strategy, string? LogLevel, bool Dashboard, double? PacedRate, bool Statements = false)
{
    /// <summary>Extra environment for every project of the run (<c>--env NAME=VALUE</c>, repeatable), to try the runtime's and the services' knobs.</summary>
    public IReadOnlyDictionary<string, string> ProjectEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether to record where the stack stalls over the whole run (<c>--probe</c>, see <see cref="StallProbe"/>).</summary>
    public bool Probe { get; init; }

    /// <summary>
    /// <c>--model offline</c>: the services use MemoryAspire's in-process offline provider (rule-based extractor, extractive
    /// summarizer) instead of the OpenAI path to the driver's instant HTTP model, whose calls then cost nothing to serve.
    /// </summary>
    public bool OfflineModel { get; init; }

    /// <summary><c>--compare openai</c>: instead of the load windows, the latency <c>/v1/chat/completions</c> adds over <c>/api/v1/chat</c> (<see cref="OpenAiOverhead"/>).</summary>
    public string? Compare { get; init; }

    public static LoadSettings Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }

        string? Text(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        return new LoadSettings(Get("--users", 64), TimeSpan.FromSeconds(Get("--warmup", 5)), TimeSpan.FromSeconds(Get("--duration", 30)),
            Text("--strategy"), Text("--log-level"), Text("--dashboard") is not "off",
            Text("--paced-rate") is { } rate ? double.Parse(rate, CultureInfo.InvariantCulture) : null, args.Contains("--statements"))
        {
            ProjectEnvironment = args.Select((a, i) => (a, i)).Where(p => p.a == "--env" && p.i + 1 < args.Length)
                .Select(p => args[p.i + 1].Split('=', 2))
                .Concat(Text("--model") is "offline" ? [["ConnectionStrings__openai", ""]] : [])
                .ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : "", StringComparer.Ordinal),
            Probe = args.Contains("--probe"),
            OfflineModel = Text("--model") is "offline",
            Compare = Text("--compare"),
        };
    }
}
