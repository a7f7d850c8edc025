// Sends one trace, one log and two metrics to the dashboard with the OpenTelemetry JavaScript SDK.
// Usage: node export.cjs <otlp-http-url> <otlp-grpc-url> <run-id>; the API key comes from OTEL_EXPORTER_OTLP_HEADERS.
const { trace, SpanKind, SpanStatusCode, SeverityNumber, ROOT_CONTEXT } = require("@opentelemetry/api");
const { resourceFromAttributes } = require("@opentelemetry/resources");
const { TracerProvider, SimpleSpanProcessor } = require("@opentelemetry/sdk-trace");
const { MeterProvider, PeriodicExportingMetricReader } = require("@opentelemetry/sdk-metrics");
const { LoggerProvider, SimpleLogRecordProcessor } = require("@opentelemetry/sdk-logs");
const { OTLPTraceExporter: ProtoTraceExporter } = require("@opentelemetry/exporter-trace-otlp-proto");
const { OTLPTraceExporter: GrpcTraceExporter } = require("@opentelemetry/exporter-trace-otlp-grpc");
const { OTLPLogExporter } = require("@opentelemetry/exporter-logs-otlp-proto");
const { OTLPMetricExporter } = require("@opentelemetry/exporter-metrics-otlp-proto");

async function main() {
  const [httpUrl, grpcUrl, runId] = process.argv.slice(2);
  const resource = resourceFromAttributes({ "service.name": "js-service", "service.instance.id": `js-${runId}` });

  const tracing = new TracerProvider({
    resource,
    spanProcessors: [
      new SimpleSpanProcessor({ exporter: new ProtoTraceExporter({ url: `${httpUrl}/v1/traces` }) }),
    ],
  });
  const tracer = tracing.getTracer("js-test");
  const root = tracer.startSpan("js-root", { kind: SpanKind.SERVER, attributes: { "run.id": runId, "gen_ai.usage.input_tokens": 12 } });
  const child = tracer.startSpan("js-child", { attributes: { "js.flag": true, "js.count": 7 } }, trace.setSpan(ROOT_CONTEXT, root));
  child.addEvent("js-event", { "event.detail": "cache miss" });
  child.setStatus({ code: SpanStatusCode.ERROR, message: "js failure" });
  child.end();
  root.end();
  await tracing.shutdown();

  const grpcTracing = new TracerProvider({ resource, spanProcessors: [new SimpleSpanProcessor({ exporter: new GrpcTraceExporter({ url: grpcUrl }) })] });
  grpcTracing.getTracer("js-test").startSpan("js-grpc-span", { attributes: { "run.id": runId } }).end();
  await grpcTracing.shutdown();

  const logging = new LoggerProvider({ resource, processors: [new SimpleLogRecordProcessor({ exporter: new OTLPLogExporter({ url: `${httpUrl}/v1/logs` }) })] });
  logging.getLogger("js-test").emit({
    severityNumber: SeverityNumber.WARN,
    severityText: "WARN",
    body: `js log ${runId}`,
    attributes: { "run.id": runId },
  });
  await logging.shutdown();

  const reader = new PeriodicExportingMetricReader({ exporter: new OTLPMetricExporter({ url: `${httpUrl}/v1/metrics` }), exportIntervalMillis: 60000 });
  const metering = new MeterProvider({ resource, readers: [reader] });
  const meter = metering.getMeter("js-test");
  meter.createCounter("js.requests").add(3, { route: "/chat" });
  const latency = meter.createHistogram("js.latency", { unit: "ms" });
  [5, 15, 25].forEach(v => latency.record(v));
  await metering.forceFlush();
  await metering.shutdown();
}

main().then(() => console.log("exported"), e => { console.error(e); process.exit(1); });
