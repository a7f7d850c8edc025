using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using MemoryAspire.Dashboard.Otlp;
using MemoryAspire.Dashboard.Otlp.Collector;

namespace MemoryAspire.Dashboard.Tests;

/// <summary>What the OTLP intake refuses, on both protocols.</summary>
public sealed class IntakeGuardTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>, IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = dashboard.Server.OtlpHttpUrl };

    [Fact]
    public async Task Grpc_export_without_the_api_key_is_refused_and_with_it_accepted()
    {
        using var channel = GrpcChannel.ForAddress(dashboard.Server.OtlpGrpcUrl);
        var client = new TraceService.TraceServiceClient(channel);
        var request = RequestWithOneSpan("guarded-grpc");

        var refused = await Assert.ThrowsAsync<RpcException>(() => client.ExportAsync(request).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.Unauthenticated, refused.StatusCode);
        var wrongKey = await Assert.ThrowsAsync<RpcException>(() => client.ExportAsync(request, new Metadata { { "x-otlp-api-key", "wrong" } }).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.Unauthenticated, wrongKey.StatusCode);
        Assert.DoesNotContain(dashboard.Server.Store.Spans, s => s.Service == "guarded-grpc");

        await client.ExportAsync(request, new Metadata { { "x-otlp-api-key", DashboardFixture.ApiKey } });
        Assert.Contains(dashboard.Server.Store.Spans, s => s.Service == "guarded-grpc");
    }

    [Fact]
    public async Task Grpc_message_over_4_MB_is_refused()
    {
        using var channel = GrpcChannel.ForAddress(dashboard.Server.OtlpGrpcUrl, new GrpcChannelOptions { MaxSendMessageSize = null });
        var client = new TraceService.TraceServiceClient(channel);
        var request = RequestWithOneSpan("oversized-grpc", attributeBytes: 5 * 1024 * 1024);

        var refused = await Assert.ThrowsAsync<RpcException>(() => client.ExportAsync(request, new Metadata { { "x-otlp-api-key", DashboardFixture.ApiKey } }).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.ResourceExhausted, refused.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Http_export_without_the_right_api_key_is_refused(string? key)
    {
        using var response = await PostAsync("/v1/traces", RequestWithOneSpan("guarded-http").ToByteArray(), "application/x-protobuf", key);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/v1/traces")]
    [InlineData("/v1/logs")]
    [InlineData("/v1/metrics")]
    public async Task Json_body_is_answered_415(string path)
    {
        using var response = await PostAsync(path, "{\"resourceSpans\":[]}"u8.ToArray(), "application/json", DashboardFixture.ApiKey);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Http_body_over_4_MB_is_refused()
    {
        var body = RequestWithOneSpan("oversized-http", attributeBytes: 5 * 1024 * 1024).ToByteArray();
        using var response = await PostAsync("/v1/traces", body, "application/x-protobuf", DashboardFixture.ApiKey);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.DoesNotContain(dashboard.Server.Store.Spans, s => s.Service == "oversized-http");
    }

    [Fact]
    public async Task Http_export_answers_an_otlp_protobuf_response()
    {
        using var response = await PostAsync("/v1/traces", RequestWithOneSpan("accepted-http").ToByteArray(), "application/x-protobuf", DashboardFixture.ApiKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-protobuf", response.Content.Headers.ContentType?.MediaType);
        ExportTraceServiceResponse.Parser.ParseFrom(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(dashboard.Server.Store.Spans, s => s.Service == "accepted-http");
    }

    [Fact]
    public async Task Each_port_serves_only_its_own_role()
    {
        using var ui = new HttpClient { BaseAddress = dashboard.Server.UiUrl };
        using var otlpOnUi = await ui.PostAsync(new Uri("/v1/traces", UriKind.Relative), new ByteArrayContent([]));
        Assert.Equal(HttpStatusCode.NotFound, otlpOnUi.StatusCode);
        using var uiOnOtlp = await _http.GetAsync(new Uri("/traces", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, uiOnOtlp.StatusCode);
    }

    internal static ExportTraceServiceRequest RequestWithOneSpan(string service, int attributeBytes = 0)
    {
        var span = new Span
        {
            TraceId = ByteString.CopyFrom(Convert.FromHexString("0102030405060708090a0b0c0d0e0f10")),
            SpanId = ByteString.CopyFrom(Convert.FromHexString("0102030405060708")),
            Name = "guarded",
            StartTimeUnixNano = 1_700_000_000_000_000_000,
            EndTimeUnixNano = 1_700_000_000_100_000_000,
        };
        if (attributeBytes > 0)
        {
            span.Attributes.Add(new KeyValue { Key = "padding", Value = new AnyValue { StringValue = new string('x', attributeBytes) } });
        }

        var resource = new Resource();
        resource.Attributes.Add(new KeyValue { Key = "service.name", Value = new AnyValue { StringValue = service } });
        return new ExportTraceServiceRequest
        {
            ResourceSpans = { new ResourceSpans { Resource = resource, ScopeSpans = { new ScopeSpans { Spans = { span } } } } },
        };
    }

    private async Task<HttpResponseMessage> PostAsync(string path, byte[] body, string contentType, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (key is not null)
        {
            request.Headers.Add("x-otlp-api-key", key);
        }

        return await _http.SendAsync(request);
    }

    public void Dispose() => _http.Dispose();
}
