using System.Net;
using System.Net.Sockets;
using MemoryAspire.Dashboard.Intake;
using MemoryAspire.Dashboard.Telemetry;
using MemoryAspire.Dashboard.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MemoryAspire.Dashboard;

/// <summary>
/// The dashboard as one web app on three loopback ports: the UI, OTLP/gRPC and OTLP/HTTP. The AppHost hosts it
/// in-process; the standalone project runs it alone.
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private const string OtlpApiKeyHeader = "x-otlp-api-key";
    private readonly WebApplication _app;

    private DashboardServer(WebApplication app, DashboardOptions options, int uiPort, int grpcPort, int httpPort)
    {
        _app = app;
        Options = options;
        UiUrl = new Uri($"http://{options.HostName}:{uiPort}");
        OtlpGrpcUrl = new Uri($"http://{options.HostName}:{grpcPort}");
        OtlpHttpUrl = new Uri($"http://{options.HostName}:{httpPort}");
    }

    public DashboardOptions Options { get; }

    public Uri UiUrl { get; }

    public Uri OtlpGrpcUrl { get; }

    public Uri OtlpHttpUrl { get; }

    /// <summary>The link that logs a browser in, as printed at start.</summary>
    public Uri LoginUrl => string.IsNullOrEmpty(Options.BrowserToken) ? UiUrl : new Uri(UiUrl, $"/login?t={Uri.EscapeDataString(Options.BrowserToken)}");

    public TelemetryStore Store => _app.Services.GetRequiredService<TelemetryStore>();

    public IServiceProvider Services => _app.Services;

    /// <param name="resources">The AppHost's resources, or null for a standalone dashboard.</param>
    /// <param name="configureLogging">Where the dashboard's own logs go; by default warnings and errors to the console.</param>
    public static DashboardServer Create(DashboardOptions options, IResourceSource? resources = null, Action<ILoggingBuilder>? configureLogging = null)
    {
        var uiPort = PortOrFree(options.UiPort);
        var grpcPort = PortOrFree(options.OtlpGrpcPort);
        var httpPort = PortOrFree(options.OtlpHttpPort);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        if (configureLogging is null)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        }
        else
        {
            configureLogging(builder.Logging);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Above the 4 MB OTLP limit, so that Kestrel drains a refused body and the exporter reads its 413 instead of a reset.
            kestrel.Limits.MaxRequestBodySize = 4 * OtlpHttpApi.MaxBodyBytes;
            kestrel.Listen(IPAddress.Loopback, uiPort);
            // OTLP/gRPC exporters speak HTTP/2 without TLS (h2c), which Kestrel accepts only on an HTTP/2-only endpoint.
            kestrel.Listen(IPAddress.Loopback, grpcPort, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Listen(IPAddress.Loopback, httpPort, listen => listen.Protocols = HttpProtocols.Http1);
        });

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new TelemetryStore(options.Limits));
        services.AddSingleton<OtlpIngest>();
        services.AddSingleton<ChangeSignal>();
        services.AddSingleton<BrowserLogin>();
        services.AddSingleton(sp => new DashboardState(sp.GetRequiredService<TelemetryStore>(), resources, options, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<TelemetryPersistence>();
        services.AddHostedService(sp => sp.GetRequiredService<TelemetryPersistence>());
        services.AddGrpc(grpc => grpc.MaxReceiveMessageSize = OtlpHttpApi.MaxBodyBytes);

        var app = builder.Build();
        var changes = app.Services.GetRequiredService<ChangeSignal>();
        app.Services.GetRequiredService<TelemetryStore>().Changed += changes.Notify;
        if (resources is not null)
        {
            resources.Changed += changes.Notify;
        }

        var ports = new PortRoles(uiPort, grpcPort, httpPort);
        app.Use((context, next) => GuardAsync(context, next, ports, options, app.Services.GetRequiredService<BrowserLogin>()));
        app.MapGrpcService<TraceIntake>();
        app.MapGrpcService<LogsIntake>();
        app.MapGrpcService<MetricsIntake>();
        app.MapOtlpHttpApi();
        app.MapDashboardUi();
        return new DashboardServer(app, options, uiPort, grpcPort, httpPort);
    }

    public Task StartAsync(CancellationToken cancellationToken = default) => _app.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    /// <summary>Until Ctrl+C or SIGTERM, then stops.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>
    /// Each port serves only its own role: OTLP ports demand the API key and serve only OTLP paths, the UI port demands
    /// the login cookie and serves no OTLP.
    /// </summary>
    private static Task GuardAsync(HttpContext context, RequestDelegate next, PortRoles ports, DashboardOptions options, BrowserLogin login)
    {
        var port = context.Connection.LocalPort;
        var path = context.Request.Path;
        var isOtlpPath = path.StartsWithSegments("/v1") || (path.Value?.StartsWith("/opentelemetry.proto.collector.", StringComparison.Ordinal) ?? false);
        if (port == ports.Grpc || port == ports.Http)
        {
            if (!isOtlpPath)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            if (!string.IsNullOrEmpty(options.OtlpApiKey) && !SecretComparison.Matches(context.Request.Headers[OtlpApiKeyHeader].ToString(), options.OtlpApiKey))
            {
                // A gRPC client reads HTTP 401 as status Unauthenticated.
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            }

            return next(context);
        }

        if (isOtlpPath)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        var open = path == "/login" || path == "/dashboard.css";
        if (!open && !login.IsSignedIn(context))
        {
            context.Response.Redirect("/login");
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static int PortOrFree(int port)
    {
        if (port != 0)
        {
            return port;
        }

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record PortRoles(int Ui, int Grpc, int Http);
}
