using MemoryAspire.LoadDriver;

// Usage: MemoryAspire.LoadDriver [--compare openai] [--users 64] [--warmup 5] [--duration 30] [--strategy hybrid] [--log-level Warning] [--dashboard on|off] [--paced-rate turns/s, 0 to skip] [--statements] [--probe] [--model http|offline] [--env NAME=VALUE ...]. Prints Markdown tables.
var settings = LoadSettings.Parse(args);
await using var model = await InstantModelServer.StartAsync();
await using var stack = await BenchmarkTopology.StartAsync(model.ConnectionString, settings, settings.ProjectEnvironment, postgresSettings: settings.Statements ? BenchmarkTopology.StatementStatsSettings : null);
if (settings.Compare is "openai")
{
    (await OpenAiOverhead.RunAsync(stack, model, settings)).Print();
    return;
}

var since = System.Diagnostics.Stopwatch.StartNew();
await using var probe = settings.Probe ? await StallProbe.StartAsync(stack, since, TimeSpan.FromMilliseconds(50)) : null;
var (capacity, paced) = await LoadRun.RunAsync(stack, model, settings);
capacity.Print(settings);
paced?.Print(settings);
// Times from the start of the capacity window's warm-up; the paced window follows the capacity window and its own 5 s warm-up.
probe?.Print(TimeSpan.Zero);
