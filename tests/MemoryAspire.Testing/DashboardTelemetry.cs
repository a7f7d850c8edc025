using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;

namespace MemoryAspire.Testing;

/// <summary>One span as Aspire's dashboard holds it (read back through its telemetry API, in OTLP JSON).</summary>
public sealed record DashboardSpan(
    string Service, string Scope, string TraceId, string SpanId, string ParentSpanId, string Name, int Kind,
    IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<string> EventAttributeValues, IReadOnlyList<string> LinkedTraceIds)
{
    public const int ServerKind = 2;
    public const int ClientKind = 3;
}

/// <summary>One structured log record as the dashboard holds it.</summary>
public sealed record DashboardLog(string Service, string Severity, string Message, IReadOnlyDictionary<string, string> Attributes, string TraceId);

/// <summary>
/// Aspire's dashboard telemetry API (<c>/api/telemetry/*</c>, key in <c>X-API-Key</c>): what the developer sees in the dashboard,
/// for tests that read a service's telemetry back from the dashboard itself.
/// </summary>
public sealed class DashboardTelemetry(HttpClient http) : IDisposable
{
    public static async Task<DashboardTelemetry> ConnectAsync(StackApp stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var login = await stack.App.GetDashboardUrlAsync();
        var http = new HttpClient { BaseAddress = new Uri(login.GetLeftPart(UriPartial.Authority)), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-API-Key", StackApp.DashboardApiKey);
        return new DashboardTelemetry(http);
    }

    /// <summary>Every span of a trace, or none while the dashboard has not received it.</summary>
    public async Task<IReadOnlyList<DashboardSpan>> TraceAsync(string traceId)
    {
        using var response = await http.GetAsync($"/api/telemetry/traces/{traceId}");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return [];
        }

        response.EnsureSuccessStatusCode();
        return Spans(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>The latest spans of a resource.</summary>
    public async Task<IReadOnlyList<DashboardSpan>> SpansAsync(string resource, int limit = 2000)
    {
        using var response = await http.GetAsync($"/api/telemetry/spans?resource={Uri.EscapeDataString(resource)}&limit={limit}");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return [];
        }

        response.EnsureSuccessStatusCode();
        return Spans(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>The latest structured logs of a resource.</summary>
    public async Task<IReadOnlyList<DashboardLog>> LogsAsync(string resource, int limit = 5000)
    {
        using var response = await http.GetAsync($"/api/telemetry/logs?resource={Uri.EscapeDataString(resource)}&limit={limit}");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return [];
        }

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        List<DashboardLog> logs = [];
        foreach (var resourceLogs in Array(body.GetProperty("data"), "resourceLogs"))
        {
            var service = ServiceName(resourceLogs, resource);
            foreach (var scope in Array(resourceLogs, "scopeLogs"))
            {
                foreach (var record in Array(scope, "logRecords"))
                {
                    logs.Add(new DashboardLog(service, Text(record, "severityText"),
                        record.TryGetProperty("body", out var message) ? Value(message) : "", Attributes(record), Text(record, "traceId")));
                }
            }
        }

        return logs;
    }

    public void Dispose() => http.Dispose();

    private static List<DashboardSpan> Spans(JsonElement body)
    {
        List<DashboardSpan> spans = [];
        foreach (var resourceSpans in Array(body.GetProperty("data"), "resourceSpans"))
        {
            var service = ServiceName(resourceSpans, "");
            foreach (var scope in Array(resourceSpans, "scopeSpans"))
            {
                var scopeName = scope.TryGetProperty("scope", out var s) ? Text(s, "name") : "";
                foreach (var span in Array(scope, "spans"))
                {
                    spans.Add(new DashboardSpan(service, scopeName, Text(span, "traceId"), Text(span, "spanId"), Text(span, "parentSpanId"), Text(span, "name"),
                        span.TryGetProperty("kind", out var kind) ? kind.GetInt32() : 0, Attributes(span),
                        [.. Array(span, "events").SelectMany(e => Attributes(e).Values)],
                        [.. Array(span, "links").Select(l => Text(l, "traceId"))]));
                }
            }
        }

        return spans;
    }

    private static string ServiceName(JsonElement resource, string fallback) =>
        resource.TryGetProperty("resource", out var r) && Attributes(r).TryGetValue("service.name", out var name) ? name : fallback;

    private static JsonElement[] Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static Dictionary<string, string> Attributes(JsonElement element) =>
        Array(element, "attributes").GroupBy(a => Text(a, "key")).ToDictionary(g => g.Key, g => Value(g.Last().GetProperty("value")), StringComparer.Ordinal);

    private static string Value(JsonElement value)
    {
        foreach (var property in value.EnumerateObject())
        {
            return property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                _ => property.Value.GetRawText(),
            };
        }

        return "";
    }
}

/// <summary>A service's metrics as its Prometheus scraping endpoint (<c>/metrics</c>, on with <c>Telemetry__PrometheusEndpoint=true</c>) shows them.</summary>
public sealed record MetricSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    /// <summary>Prometheus's form of an OpenTelemetry instrument name: dots become underscores.</summary>
    public static string PrometheusName(string instrument) => instrument.Replace('.', '_');

    public static async Task<IReadOnlyList<MetricSample>> ScrapeAsync(HttpClient service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var text = await service.GetStringAsync("/metrics");
        List<MetricSample> samples = [];
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var braces = line.IndexOf('{', StringComparison.Ordinal);
            var close = line.LastIndexOf('}');
            var name = braces >= 0 ? line[..braces] : line[..line.IndexOf(' ', StringComparison.Ordinal)];
            var rest = (close >= 0 ? line[(close + 1)..] : line[name.Length..]).Trim().Split(' ')[0];
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            if (braces >= 0)
            {
                foreach (var pair in line[(braces + 1)..close].Split("\",", StringSplitOptions.RemoveEmptyEntries))
                {
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    labels[pair[..equals]] = pair[(equals + 1)..].Trim('"');
                }
            }

            if (double.TryParse(rest, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                samples.Add(new MetricSample(name, labels, value));
            }
        }

        return samples;
    }

    /// <summary>
    /// The samples of an instrument whose Prometheus name ends with <paramref name="suffix"/> (<c>_total</c> for counters,
    /// <c>_count</c> for histograms, empty for gauges), whatever unit the exporter put between.
    /// </summary>
    public static IEnumerable<MetricSample> Of(IEnumerable<MetricSample> samples, string instrument, string suffix = "") =>
        samples.Where(s => s.Name.StartsWith(PrometheusName(instrument), StringComparison.Ordinal)
            && s.Name.EndsWith(suffix, StringComparison.Ordinal)
            && (suffix.Length > 0 || !s.Name.EndsWith("_total", StringComparison.Ordinal) && !s.Name.EndsWith("_count", StringComparison.Ordinal)
                && !s.Name.EndsWith("_sum", StringComparison.Ordinal) && !s.Name.EndsWith("_bucket", StringComparison.Ordinal)));
}
