using Grpc.Core;
using MemoryAspire.Dashboard.Otlp.Collector;
using MemoryAspire.Dashboard.Telemetry;

namespace MemoryAspire.Dashboard.Intake;

internal sealed class TraceIntake(OtlpIngest ingest) : TraceService.TraceServiceBase
{
    public override Task<ExportTraceServiceResponse> Export(ExportTraceServiceRequest request, ServerCallContext context)
    {
        ingest.Accept(request);
        return Task.FromResult(new ExportTraceServiceResponse());
    }
}

internal sealed class LogsIntake(OtlpIngest ingest) : LogsService.LogsServiceBase
{
    public override Task<ExportLogsServiceResponse> Export(ExportLogsServiceRequest request, ServerCallContext context)
    {
        ingest.Accept(request);
        return Task.FromResult(new ExportLogsServiceResponse());
    }
}

internal sealed class MetricsIntake(OtlpIngest ingest) : MetricsService.MetricsServiceBase
{
    public override Task<ExportMetricsServiceResponse> Export(ExportMetricsServiceRequest request, ServerCallContext context)
    {
        ingest.Accept(request);
        return Task.FromResult(new ExportMetricsServiceResponse());
    }
}
