using MemoryAspire.Dashboard.Insights;
using MemoryAspire.Dashboard.Telemetry;
using MemoryAspire.Dashboard.Ui;

namespace MemoryAspire.Dashboard.Tests;

public sealed class InsightsTests
{
    private static readonly Dictionary<string, ModelPrice> Prices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gpt-test"] = new() { InputPerMillion = 1m, OutputPerMillion = 4m },
    };

    [Theory]
    [InlineData(0.50, 20.0)]
    [InlineData(0.95, 47.0)]
    [InlineData(0.99, 49.4)]
    public void Percentile_interpolates_inside_the_bucket_that_holds_the_rank(double quantile, double expected)
    {
        // Ten observations in (10, 20], ten in (20, 50].
        var estimate = HistogramPercentile.Estimate([10, 20, 50], [0, 10, 10, 0], quantile);
        Assert.Equal(expected, estimate!.Value, 6);
    }

    [Fact]
    public void Percentile_of_nothing_is_unknown_and_of_the_overflow_bucket_is_its_lower_bound()
    {
        Assert.Null(HistogramPercentile.Estimate([10, 20], [0, 0, 0], 0.5));
        Assert.Equal(20, HistogramPercentile.Estimate([10, 20], [0, 0, 5], 0.99));
    }

    [Fact]
    public void Latency_percentiles_merge_every_export_of_a_model()
    {
        var tags = new Dictionary<string, string> { ["gen_ai.request.model"] = "gpt-test" };
        var row = Assert.Single(TokenUsage.Latency(
        [
            Samples.Histogram("chatapi", "gen_ai.client.operation.duration", [0.1, 0.5, 1], [0, 5, 0, 0], 1.5, tags),
            Samples.Histogram("chatapi", "gen_ai.client.operation.duration", [0.1, 0.5, 1], [0, 5, 10, 0], 9, tags, second: 5),
        ]));
        Assert.Equal(("chatapi", "gpt-test", 20L), (row.Service, row.Model, row.Calls));
        Assert.Equal(0.5, row.P50!.Value, 6);
        Assert.Equal(0.5 + 0.5 * (19.0 - 10) / 10, row.P95!.Value, 6);
    }

    [Fact]
    public void Tokens_of_a_service_with_the_usage_metric_are_not_counted_again_from_its_spans()
    {
        var input = new Dictionary<string, string> { ["gen_ai.token.type"] = "input", ["gen_ai.request.model"] = "gpt-test", ["gen_ai.operation.name"] = "chat" };
        var output = new Dictionary<string, string>(input) { ["gen_ai.token.type"] = "output" };
        var usage = new Dictionary<string, string> { ["gen_ai.request.model"] = "gpt-test", ["gen_ai.operation.name"] = "chat", ["gen_ai.usage.input_tokens"] = "1000", ["gen_ai.usage.output_tokens"] = "10" };
        var samples = TokenUsage.Samples(
            [
                Samples.Histogram("chatapi", "gen_ai.client.token.usage", [100, 1000], [0, 1, 0], 700, input, "{token}"),
                Samples.Histogram("chatapi", "gen_ai.client.token.usage", [100, 1000], [1, 0, 0], 50, output, "{token}"),
            ],
            [
                Samples.Span("chatapi", "t1", "s1", null, "chat gpt-test", 0, 100, usage),
                Samples.Span("memoryworker", "t2", "s2", null, "chat gpt-test", 0, 100, usage),
            ]);

        var totals = TokenUsage.ByServiceModelOperation(samples, Prices);

        Assert.Equal(
            [
                new TokenTotal("chatapi", "gpt-test", "chat", 700, 50, (700 * 1m + 50 * 4m) / 1_000_000m),
                new TokenTotal("memoryworker", "gpt-test", "chat", 1000, 10, (1000 * 1m + 10 * 4m) / 1_000_000m),
            ],
            totals);
    }

    [Fact]
    public void Tokens_split_by_purpose_with_cost_and_unknown_models_have_no_cost()
    {
        Dictionary<string, string> Tags(string purpose, string type, string model = "gpt-test") =>
            new() { ["memoryaspire.purpose"] = purpose, ["gen_ai.token.type"] = type, ["gen_ai.request.model"] = model };

        var totals = TokenUsage.ByPurpose(
            [
                Samples.Counter("chatapi", "memoryaspire.model.tokens", 1000, Tags("chat", "input")),
                Samples.Counter("chatapi", "memoryaspire.model.tokens", 500, Tags("chat", "output")),
                Samples.Counter("chatapi", "memoryaspire.model.tokens", 250, Tags("chat", "input"), second: 5),
                Samples.Counter("memoryworker", "memoryaspire.model.tokens", 300, Tags("extract", "input", "other-model")),
            ],
            Prices);

        Assert.Equal(
            [
                new TokenTotal("chatapi", "gpt-test", "chat", 1250, 500, 0.00325m),
                new TokenTotal("memoryworker", "other-model", "extract", 300, 0, null),
            ],
            totals);
    }

    [Fact]
    public void Tokens_over_time_add_up_per_bucket()
    {
        TokenSample Sample(int second, long input, long output) => new(Samples.Start.AddSeconds(second), "chatapi", "gpt-test", "chat", input, output);

        var buckets = TokenUsage.OverTime([Sample(1, 10, 1), Sample(4, 20, 2), Sample(12, 5, 0)], TimeSpan.FromSeconds(10));

        Assert.Equal([(Samples.Start, 30L, 3L), (Samples.Start.AddSeconds(10), 5L, 0L)], buckets);
    }

    [Fact]
    public void Context_size_per_section_is_the_mean_per_turn_in_assembly_order()
    {
        Dictionary<string, string> Section(string name) => new() { ["memoryaspire.context.section"] = name };
        double[] bounds = [100, 500, 1000];

        var rows = TokenUsage.ContextSections(
        [
            Samples.Histogram("chatapi", "memoryaspire.context.tokens", bounds, [0, 2, 0, 0], 600, Section("summary"), "{token}"),
            Samples.Histogram("chatapi", "memoryaspire.context.tokens", bounds, [2, 0, 0, 0], 100, Section("profile"), "{token}"),
            Samples.Histogram("chatapi", "memoryaspire.context.tokens", bounds, [0, 0, 1, 0], 900, Section("buffer"), "{token}"),
            Samples.Histogram("chatapi", "memoryaspire.context.tokens", bounds, [0, 0, 1, 0], 700, Section("buffer"), "{token}", second: 3),
        ]);

        Assert.Equal(["profile", "summary", "buffer"], rows.Select(r => r.Section));
        Assert.Equal((2L, 50.0), (rows[0].Turns, rows[0].MeanTokens));
        Assert.Equal((2L, 300.0), (rows[1].Turns, rows[1].MeanTokens));
        Assert.Equal((2L, 800.0), (rows[2].Turns, rows[2].MeanTokens));
    }

    [Fact]
    public void Store_keeps_only_the_newest_up_to_its_limits()
    {
        var store = new TelemetryStore(new TelemetryLimits { MaxSpans = 3, MaxLogs = 2, MaxMetricPoints = 2 });
        store.AddSpans([.. Enumerable.Range(1, 5).Select(i => Samples.Span("svc", "t", $"s{i}", null, $"span {i}", i, 1))]);
        store.AddLogs([Samples.Log("svc", 9, "one"), Samples.Log("svc", 9, "two"), Samples.Log("svc", 9, "three")]);

        Assert.Equal(["span 3", "span 4", "span 5"], store.Spans.Select(s => s.Name));
        Assert.Equal(["two", "three"], store.Logs.Select(l => l.Message));
    }

    [Theory]
    [InlineData("Jwt__SigningKey", "abcdef", SecretMask.Masked)]
    [InlineData("OTEL_EXPORTER_OTLP_HEADERS", "x-otlp-api-key=abc", SecretMask.Masked)]
    [InlineData("ConnectionStrings__cache", "localhost:6379,password=hunter2", "localhost:6379,password=" + SecretMask.Masked)]
    [InlineData("ConnectionStrings__memorydb", "Host=h;Port=5;Username=postgres;Password=hunter2;Database=memorydb", "Host=h;Port=5;Username=postgres;Password=" + SecretMask.Masked + ";Database=memorydb")]
    [InlineData("ASPNETCORE_URLS", "http://localhost:5000", "http://localhost:5000")]
    public void Secrets_in_the_environment_are_masked(string name, string value, string shown) =>
        Assert.Equal(shown, SecretMask.Mask(name, value));
}
