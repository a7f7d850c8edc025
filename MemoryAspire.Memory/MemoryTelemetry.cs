using System.Diagnostics;
using System.Diagnostics.Metrics;
using MemoryAspire.Memory.Context;

namespace MemoryAspire.Memory;

/// <summary>The engine's own spans and instruments; no message content or fact value is ever put on them.</summary>
public static class MemoryTelemetry
{
    public const string Name = "MemoryAspire.Memory";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> ModelTokens = Meter.CreateCounter<long>(
        "memoryaspire.model.tokens", "{token}", "Tokens sent to and received from models, by purpose (chat, summarize, extract).");

    private static readonly Histogram<int> ContextTokens = Meter.CreateHistogram<int>(
        "memoryaspire.context.tokens", "{token}", "Tokens per prompt section of each chat turn.");

    private static readonly Counter<long> JobsProcessed = Meter.CreateCounter<long>(
        "memoryaspire.jobs.processed", "{job}", "Memory jobs processed, by kind and outcome.");

    private static readonly Counter<long> Expired = Meter.CreateCounter<long>(
        "memoryaspire.retention.expired", "{row}", "Rows deleted by retention, by data class (messages, summaries, facts, pii_facts, fact_history, inactive_sessions).");

    public static void RecordExpired(string dataClass, long rows) =>
        Expired.Add(rows, new KeyValuePair<string, object?>("memoryaspire.retention.data_class", dataClass));

    public static void RecordUsage(string purpose, string model, long? inputTokens, long? outputTokens)
    {
        var purposeTag = new KeyValuePair<string, object?>("memoryaspire.purpose", purpose);
        var modelTag = new KeyValuePair<string, object?>("gen_ai.request.model", model);
        if (inputTokens is { } input)
        {
            ModelTokens.Add(input, purposeTag, modelTag, new("gen_ai.token.type", "input"));
        }

        if (outputTokens is { } output)
        {
            ModelTokens.Add(output, purposeTag, modelTag, new("gen_ai.token.type", "output"));
        }
    }

    public static void RecordContext(ContextReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var section in report.Sections.Where(s => s.Included))
        {
            ContextTokens.Record(section.Tokens, new KeyValuePair<string, object?>("memoryaspire.context.section", section.Name),
                new KeyValuePair<string, object?>("memoryaspire.strategy", report.EffectiveStrategy));
        }
    }

    public static void RecordJob(string kind, string outcome) =>
        JobsProcessed.Add(1, new KeyValuePair<string, object?>("memoryaspire.job.kind", kind), new KeyValuePair<string, object?>("memoryaspire.job.outcome", outcome));

    private static readonly Counter<long> ErasuresCompleted = Meter.CreateCounter<long>(
        "memoryaspire.erasures.completed", "{erasure}", "\"Forget me\" requests carried out to the end.");

    private static readonly Histogram<double> ErasureDuration = Meter.CreateHistogram<double>(
        "memoryaspire.erasure.duration", "s", "Time from the start of an erasure to its completion.");

    public static void RecordErasure(double seconds)
    {
        ErasuresCompleted.Add(1);
        ErasureDuration.Record(seconds);
    }

    private static readonly Counter<long> Refused = Meter.CreateCounter<long>(
        "memoryaspire.memory.refused", "{item}", "Candidate facts and summary sentences refused by the service's own rules, by kind (fact, summary_sentence).");

    public static void RecordRefused(string kind, long count)
    {
        if (count > 0)
        {
            Refused.Add(count, new KeyValuePair<string, object?>("memoryaspire.memory.kind", kind));
        }
    }
}
