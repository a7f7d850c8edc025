using System.Security.Cryptography;
using MemoryAspire.Dashboard;
using Microsoft.Extensions.Configuration;

// The dashboard without the AppHost, for services started on their own: they export to it with the printed key.
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();
var options = new DashboardOptions();
configuration.GetSection(DashboardOptions.SectionName).Bind(options);
// Dashboard:Unsecured=true turns off both the API key and the browser login, as Aspire's unsecured mode does.
if (!configuration.GetValue<bool>("Dashboard:Unsecured"))
{
    options.OtlpApiKey ??= RandomNumberGenerator.GetHexString(32, lowercase: true);
    options.BrowserToken ??= RandomNumberGenerator.GetHexString(32, lowercase: true);
}

options.PersistDirectory ??= Path.Combine(Environment.CurrentDirectory, ".dashboard-state");

await using var dashboard = DashboardServer.Create(options);
await dashboard.StartAsync();
Console.WriteLine($"Dashboard: {dashboard.LoginUrl}");
Console.WriteLine($"OTLP/gRPC: {dashboard.OtlpGrpcUrl}  OTLP/HTTP: {dashboard.OtlpHttpUrl}");
Console.WriteLine(options.OtlpApiKey is { Length: > 0 } key
    ? $"Services export with OTEL_EXPORTER_OTLP_HEADERS=x-otlp-api-key={key}"
    : "OTLP requests need no API key.");
await dashboard.WaitForShutdownAsync();
