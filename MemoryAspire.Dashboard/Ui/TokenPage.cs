using System.Globalization;
using MemoryAspire.Dashboard.Insights;
using Microsoft.AspNetCore.Http;
using static MemoryAspire.Dashboard.Ui.Html;

namespace MemoryAspire.Dashboard.Ui;

/// <summary>The page our users come for: tokens per service, model and operation, model latency, context size, cost.</summary>
internal static class TokenPage
{
    public static IResult Render(HttpContext context, DashboardState state)
    {
        var metrics = state.Store.Metrics;
        var samples = TokenUsage.Samples(metrics, state.Store.Spans);
        var prices = state.Options.Prices;
        var totals = TokenUsage.ByServiceModelOperation(samples, prices);
        var byPurpose = TokenUsage.ByPurpose(metrics, prices);
        var bucket = Bucket(samples.Select(s => s.Time).ToList());
        var overTime = TokenUsage.OverTime(samples, bucket);
        var latency = TokenUsage.Latency(metrics);
        var sections = TokenUsage.ContextSections(metrics);
        var sectionsOverTime = TokenUsage.ContextOverTime(metrics, bucket);

        var main = $"""
            <h1>Tokens &amp; latency</h1>
            <p class="summary">Input <b id="total-input">{Count(totals.Sum(t => t.Input))}</b> · output <b id="total-output">{Count(totals.Sum(t => t.Output))}</b> tokens · estimated cost <b id="total-cost">{Cost(totals.Any(t => t.Cost is not null) ? totals.Sum(t => t.Cost ?? 0) : null)}</b></p>
            <h2>Tokens over time</h2>
            {SvgChart.Lines([("input", [.. overTime.Select(b => (b.Bucket, (double)b.Input))]), ("output", [.. overTime.Select(b => (b.Bucket, (double)b.Output))])], $"tokens per {Html.Duration(bucket)}")}
            <h2>By service, model and operation</h2>
            {TotalsTable(totals, "Operation")}
            <h2>By purpose (chat, summarize, extract)</h2>
            {TotalsTable(byPurpose, "Purpose")}
            <h2>Model call latency</h2>
            {Table(["Service", "Model", "Calls", "p50", "p95", "p99"], latency.Select(l => new[]
            {
                E(l.Service), E(l.Model), Count(l.Calls), Latency(l.P50, l.Unit), Latency(l.P95, l.Unit), Latency(l.P99, l.Unit),
            }), "No gen_ai.client.operation.duration yet.")}
            <h2>Memory context per turn, by section</h2>
            {Table(["Section", "Turns", "Mean tokens", "Max tokens (bucket bound)"], sections.Select(s => new[] { E(s.Section), Count(s.Turns), N(s.MeanTokens, "0.#"), N(s.MaxTokens, "0.#") }), "No memoryaspire.context.tokens yet.")}
            {(sectionsOverTime.Count == 0 ? "" : SvgChart.Lines([.. sectionsOverTime.Select(s => (s.Key, (IReadOnlyList<(DateTimeOffset, double)>)[.. s.Value.Select(v => (v.Bucket, v.MeanTokens))]))], "mean tokens per turn"))}
            <p class="note">Prices per million tokens come from the <code>Dashboard:Prices:&lt;model&gt;</code> configuration ({(prices.Count == 0 ? "none configured" : E(string.Join(", ", prices.Keys)))}).</p>
            """;
        return DashboardUi.Page(context, "Tokens & latency", main);
    }

    private static string TotalsTable(IReadOnlyList<TokenTotal> totals, string operationHeader) => Table(
        ["Service", "Model", operationHeader, "Input tokens", "Output tokens", "Estimated cost"],
        totals.Select(t => new[] { E(t.Service), E(t.Model), E(t.Operation), Count(t.Input), Count(t.Output), Cost(t.Cost) }),
        "No token usage yet.");

    // About sixty points whatever the time range, at least one per second.
    private static TimeSpan Bucket(List<DateTimeOffset> times)
    {
        if (times.Count < 2)
        {
            return TimeSpan.FromSeconds(10);
        }

        var seconds = (times.Max() - times.Min()).TotalSeconds / 60;
        return TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(seconds)));
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Cost(decimal? cost) => cost is { } c ? c.ToString("0.0000", CultureInfo.InvariantCulture) : "n/a";

    // GenAI conventions record durations in seconds; shown in milliseconds, the scale model calls live at.
    private static string Latency(double? value, string unit) => value switch
    {
        null => "",
        { } v when unit == "s" => $"{N(v * 1000, "0")} ms",
        { } v => $"{N(v, "0.###")} {E(unit)}",
    };
}
