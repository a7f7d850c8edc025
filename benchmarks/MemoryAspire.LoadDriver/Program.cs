using MemoryAspire.LoadDriver;

// Usage: MemoryAspire.LoadDriver [--users 64] [--warmup 5] [--duration 30] [--strategy hybrid] [--log-level Warning] [--dashboard on|off]. Prints Markdown tables.
var settings = LoadSettings.Parse(args);
await using var model = await InstantModelServer.StartAsync();
await using var stack = await BenchmarkTopology.StartAsync(model.ConnectionString, settings);
var result = await LoadRun.RunAsync(stack, model, settings);
result.Print(settings);
