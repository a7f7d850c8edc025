using System.Globalization;
using MemoryAspire.Dashboard.Telemetry;
using Microsoft.AspNetCore.Http;
using static MemoryAspire.Dashboard.Ui.Html;

namespace MemoryAspire.Dashboard.Ui;

internal static class TelemetryPages
{
    private const int MaxRows = 500;

    public static IResult StructuredLogs(HttpContext context, DashboardState state, string? resource, string? level, string? text)
    {
        var logs = state.Store.Logs;
        var minimum = Enum.TryParse<LogLevelName>(level, out var parsed) ? parsed : LogLevelName.Trace;
        var rows = logs
            .Where(l => string.IsNullOrEmpty(resource) || l.Service == resource)
            .Where(l => l.Level >= minimum)
            .Where(l => string.IsNullOrEmpty(text)
                || l.Message.Contains(text, StringComparison.OrdinalIgnoreCase)
                || l.Attributes.Any(a => a.Value.Contains(text, StringComparison.OrdinalIgnoreCase)))
            .Reverse()
            .Take(MaxRows)
            .Select(l => new[]
            {
                Time(l.Time),
                E(l.Service),
                $"<span class=\"level {l.Level.ToString().ToLowerInvariant()}\">{l.Level}</span>",
                $"<details><summary>{E(l.Message)}</summary>{Attributes(l.Attributes)}<p>Category: {E(l.Scope)}</p></details>",
                l.TraceId is null ? "" : $"<a href=\"/traces/{E(l.TraceId)}\">{E(l.TraceId[..8])}</a>",
            });
        var main = $"""
            <h1>Structured logs</h1>
            <form method="get" class="filters">
            {Select("resource", resource, Services(logs.Select(l => l.Service)))}
            {Select("level", level, Enum.GetNames<LogLevelName>(), "Any level")}
            <input name="text" value="{E(text)}" placeholder="Filter text">
            <button>Filter</button></form>
            {Table(["Time", "Resource", "Level", "Message", "Trace"], rows, "No logs match.")}
            """;
        return DashboardUi.Page(context, "Structured logs", main);
    }

    public static IResult Traces(HttpContext context, DashboardState state, string? resource, string? minMs, string? errors)
    {
        var spans = state.Store.Spans;
        var minimum = double.TryParse(minMs, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) ? TimeSpan.FromMilliseconds(ms) : TimeSpan.Zero;
        var errorsOnly = errors is "on" or "true";
        var rows = TraceSummary.Of(spans)
            .Where(t => string.IsNullOrEmpty(resource) || t.Services.Contains(resource))
            .Where(t => t.Duration >= minimum)
            .Where(t => !errorsOnly || t.HasError)
            .OrderByDescending(t => t.Start)
            .Take(MaxRows)
            .Select(t => new[]
            {
                Time(t.Start),
                $"<a href=\"/traces/{E(t.TraceId)}\">{E(t.Root)}</a>",
                E(string.Join(", ", t.Services)),
                t.SpanCount.ToString(CultureInfo.InvariantCulture),
                Duration(t.Duration),
                t.HasError ? "<span class=\"bad\">error</span>" : "",
            });
        var main = $"""
            <h1>Traces</h1>
            <form method="get" class="filters">
            {Select("resource", resource, Services(spans.Select(s => s.Service)))}
            <input name="minMs" value="{E(minMs)}" placeholder="Min duration (ms)" size="16">
            <label><input type="checkbox" name="errors"{(errorsOnly ? " checked" : "")}> Errors only</label>
            <button>Filter</button></form>
            {Table(["Start", "Trace", "Resources", "Spans", "Duration", ""], rows, "No traces match.")}
            """;
        return DashboardUi.Page(context, "Traces", main);
    }

    public static IResult Trace(HttpContext context, DashboardState state, string traceId)
    {
        var spans = state.Store.Spans.Where(s => s.TraceId == traceId).ToList();
        if (spans.Count == 0)
        {
            return DashboardUi.Page(context, "Trace", $"<h1>Trace {E(traceId)}</h1><p class=\"empty\">No spans of this trace (yet, or any more).</p>");
        }

        var start = spans.Min(s => s.Start);
        var total = Math.Max(1e-3, (spans.Max(s => s.End) - start).TotalMilliseconds);
        var rows = TraceSummary.Waterfall(spans).Select(x =>
        {
            var (span, depth) = x;
            var left = (span.Start - start).TotalMilliseconds / total * 100;
            var width = Math.Max(0.3, span.Duration.TotalMilliseconds / total * 100);
            var events = span.Events.Count == 0 ? "" : "<h4>Events</h4>" + Table(
                ["Time", "Name", "Attributes"],
                span.Events.Select(e => new[] { Time(e.Time), E(e.Name), E(string.Join("; ", e.Attributes.Select(a => $"{a.Key}={a.Value}"))) }));
            return $"""
                <div class="span{(span.IsError ? " error" : "")}">
                <details id="span-{E(span.SpanId)}"><summary>
                <span class="name" style="padding-left:{depth * 16}px"><b>{E(span.Service)}</b> {E(span.Name)}</span>
                <span class="track"><span class="bar" style="left:{N(left)}%;width:{N(width)}%"></span></span>
                <span class="duration">{Duration(span.Duration)}</span></summary>
                <p>{E(span.Kind)} span {E(span.SpanId)} · scope {E(span.Scope)}{(span.StatusMessage is null ? "" : $" · <span class=\"bad\">{E(span.StatusMessage)}</span>")}</p>
                {Attributes(span.Attributes)}{events}</details></div>
                """;
        });
        var main = $"<h1>Trace {E(traceId)}</h1><p>{spans.Count} spans across {E(string.Join(", ", spans.Select(s => s.Service).Distinct()))} · {Duration(TimeSpan.FromMilliseconds(total))}</p><div class=\"waterfall\">{string.Concat(rows)}</div>";
        return DashboardUi.Page(context, "Trace", main);
    }

    public static IResult Metrics(HttpContext context, DashboardState state, string? resource)
    {
        var points = state.Store.Metrics;
        var services = Services(points.Select(p => p.Service));
        resource = string.IsNullOrEmpty(resource) ? services.FirstOrDefault() : resource;
        var instruments = points.Where(p => p.Service == resource)
            .GroupBy(p => (p.Scope, p.Name))
            .OrderBy(g => g.Key.Scope, StringComparer.Ordinal).ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                return $"<section class=\"instrument\"><h3>{E(g.Key.Name)} <small>{E(first.Kind.ToString())} · {E(first.Unit)} · {E(g.Key.Scope)}</small></h3>{SvgChart.Lines(MetricCharts.Series(g.ToList()), first.Unit)}</section>";
            });
        var main = $"""
            <h1>Metrics</h1>
            <form method="get" class="filters">{Select("resource", resource, services, "Choose")}<button>Show</button></form>
            {(resource is null ? "<p class=\"empty\">No metrics yet.</p>" : string.Concat(instruments))}
            """;
        return DashboardUi.Page(context, "Metrics", main);
    }

    private static List<string> Services(IEnumerable<string> services) => [.. services.Distinct().Order(StringComparer.Ordinal)];
}

/// <summary>A trace as the list shows it: its root, the services it crossed, its extent.</summary>
internal sealed record TraceSummary(string TraceId, string Root, IReadOnlySet<string> Services, DateTimeOffset Start, TimeSpan Duration, int SpanCount, bool HasError)
{
    public static IEnumerable<TraceSummary> Of(IEnumerable<SpanRecord> spans) => spans
        .GroupBy(s => s.TraceId)
        .Select(g =>
        {
            var ids = g.Select(s => s.SpanId).ToHashSet();
            var root = g.Where(s => s.ParentSpanId is null || !ids.Contains(s.ParentSpanId)).MinBy(s => s.Start) ?? g.First();
            var start = g.Min(s => s.Start);
            return new TraceSummary(g.Key, $"{root.Service}: {root.Name}", g.Select(s => s.Service).ToHashSet(StringComparer.Ordinal), start, g.Max(s => s.End) - start, g.Count(), g.Any(s => s.IsError));
        });

    /// <summary>Spans in tree order, children after their parent by start time, with their depth.</summary>
    public static IReadOnlyList<(SpanRecord Span, int Depth)> Waterfall(IReadOnlyCollection<SpanRecord> spans)
    {
        var ids = spans.Select(s => s.SpanId).ToHashSet();
        var children = spans.Where(s => s.ParentSpanId is not null && ids.Contains(s.ParentSpanId))
            .ToLookup(s => s.ParentSpanId!);
        var result = new List<(SpanRecord, int)>();
        foreach (var root in spans.Where(s => s.ParentSpanId is null || !ids.Contains(s.ParentSpanId)).OrderBy(s => s.Start))
        {
            Visit(root, 0);
        }

        return result;

        void Visit(SpanRecord span, int depth)
        {
            result.Add((span, depth));
            foreach (var child in children[span.SpanId].OrderBy(s => s.Start))
            {
                Visit(child, depth + 1);
            }
        }
    }
}

/// <summary>How each kind of instrument is charted over time.</summary>
internal static class MetricCharts
{
    private const int MaxSeries = 6;

    public static IReadOnlyList<(string Name, IReadOnlyList<(DateTimeOffset Time, double Value)> Points)> Series(IReadOnlyList<MetricPoint> points) =>
        [.. points
            .GroupBy(p => string.Join(", ", p.Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}")))
            .OrderByDescending(g => g.Count())
            .Take(MaxSeries)
            .Select(g => (g.Key.Length == 0 ? "value" : g.Key, Chart(g.OrderBy(p => p.Time).ToList())))];

    /// <summary>Counters as running totals, histograms as the mean of each interval, gauges as they are.</summary>
    private static IReadOnlyList<(DateTimeOffset, double)> Chart(List<MetricPoint> series)
    {
        switch (series[0].Kind)
        {
            case MetricKind.Counter:
                var total = 0.0;
                return [.. series.Select(p => (p.Time, total += p.Delta))];
            case MetricKind.Histogram:
                return [.. series.Where(p => p.Histogram is { Count: > 0 }).Select(p => (p.Time, p.Histogram!.Sum / p.Histogram.Count))];
            default:
                return [.. series.Select(p => (p.Time, p.Value))];
        }
    }
}
