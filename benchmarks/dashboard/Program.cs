using MemoryAspire.Dashboard.Benchmark;

// OTLP ingest rate over each protocol and the dashboard's memory with its default limits full.
// Usage: dotnet run -c Release --project benchmarks/dashboard [-- seconds-per-protocol]
var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
await IngestLoad.RunAsync(TimeSpan.FromSeconds(seconds));
