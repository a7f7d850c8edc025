using System.IO.Compression;
using Google.Protobuf;
using MemoryAspire.Dashboard.Otlp.Collector;
using MemoryAspire.Dashboard.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MemoryAspire.Dashboard.Intake;

/// <summary>OTLP/HTTP with protobuf bodies: <c>POST /v1/traces</c>, <c>/v1/logs</c>, <c>/v1/metrics</c>.</summary>
internal static class OtlpHttpApi
{
    public const int MaxBodyBytes = 4 * 1024 * 1024;
    private const string Protobuf = "application/x-protobuf";

    public static RouteGroupBuilder MapOtlpHttpApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v1").WithTags("OTLP");
        group.MapPost("/traces", (HttpContext context, OtlpIngest ingest) =>
            ExportAsync(context, ExportTraceServiceRequest.Parser, ingest.Accept, new ExportTraceServiceResponse())).WithName("OtlpTraces");
        group.MapPost("/logs", (HttpContext context, OtlpIngest ingest) =>
            ExportAsync(context, ExportLogsServiceRequest.Parser, ingest.Accept, new ExportLogsServiceResponse())).WithName("OtlpLogs");
        group.MapPost("/metrics", (HttpContext context, OtlpIngest ingest) =>
            ExportAsync(context, ExportMetricsServiceRequest.Parser, ingest.Accept, new ExportMetricsServiceResponse())).WithName("OtlpMetrics");
        return group;
    }

    private static async Task<IResult> ExportAsync<TRequest>(HttpContext context, MessageParser<TRequest> parser, Action<TRequest> accept, IMessage response)
        where TRequest : IMessage<TRequest>
    {
        var contentType = context.Request.ContentType ?? "";
        if (!contentType.StartsWith(Protobuf, StringComparison.OrdinalIgnoreCase))
        {
            // OTLP/JSON is part of the specification, but like Aspire's dashboard this one takes protobuf only.
            return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = context.Request.Headers.ContentEncoding.ToString() switch
        {
            "gzip" => new GZipStream(context.Request.Body, CompressionMode.Decompress, leaveOpen: true),
            "" or "identity" => context.Request.Body,
            _ => null,
        };
        if (body is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        byte[] bytes;
        await using (body)
        {
            bytes = await ReadLimitedAsync(body, context.RequestAborted);
        }

        if (bytes.Length > MaxBodyBytes)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        TRequest request;
        try
        {
            request = parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException e)
        {
            return TypedResults.BadRequest(e.Message);
        }

        accept(request);
        return TypedResults.Bytes(response.ToByteArray(), Protobuf);
    }

    /// <summary>Reads at most one byte past the limit, so that an oversized body is known without reading it all.</summary>
    private static async Task<byte[]> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                break;
            }
        }

        return buffer.ToArray();
    }
}
