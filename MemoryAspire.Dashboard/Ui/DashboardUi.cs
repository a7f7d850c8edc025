using System.Reflection;
using MemoryAspire.Dashboard.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MemoryAspire.Dashboard.Ui;

/// <summary>The browser side: pages, the live-update stream, snapshot export and import.</summary>
internal static class DashboardUi
{
    public static IEndpointRouteBuilder MapDashboardUi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/login", BrowserLogin.LoginAsync).WithName("Login");
        endpoints.MapGet("/dashboard.js", () => Asset("dashboard.js", "text/javascript")).WithName("Script");
        endpoints.MapGet("/dashboard.css", () => Asset("dashboard.css", "text/css")).WithName("Styles");
        endpoints.MapGet("/events", StreamChangesAsync).WithName("LiveUpdates");

        endpoints.MapGet("/", ResourcePages.Resources).WithName("Resources");
        endpoints.MapPost("/resources/{name}/stop", (string name, DashboardState state) => ResourcePages.Control(name, state, stop: true)).WithName("StopResource");
        endpoints.MapPost("/resources/{name}/restart", (string name, DashboardState state) => ResourcePages.Control(name, state, stop: false)).WithName("RestartResource");
        endpoints.MapGet("/console", ResourcePages.Console).WithName("Console");
        endpoints.MapGet("/structured", TelemetryPages.StructuredLogs).WithName("StructuredLogs");
        endpoints.MapGet("/traces", TelemetryPages.Traces).WithName("Traces");
        endpoints.MapGet("/traces/{traceId}", TelemetryPages.Trace).WithName("Trace");
        endpoints.MapGet("/metrics", TelemetryPages.Metrics).WithName("Metrics");
        endpoints.MapGet("/tokens", TokenPage.Render).WithName("Tokens");

        endpoints.MapGet("/api/telemetry/export", ExportAsync).WithName("ExportTelemetry");
        endpoints.MapPost("/api/telemetry/import", ImportAsync).WithName("ImportTelemetry");
        endpoints.MapPost("/api/telemetry/clear", (TelemetryStore store) =>
        {
            store.Clear();
            return TypedResults.Redirect("/traces");
        }).WithName("ClearTelemetry");
        return endpoints;
    }

    public static bool IsPartial(HttpContext context) => context.Request.Headers.ContainsKey("X-Dashboard-Partial");

    public static IResult Page(HttpContext context, string title, string main) =>
        TypedResults.Content(Html.Page(context.Request.Path, title, main, IsPartial(context)), "text/html; charset=utf-8");

    /// <summary>One event per change, at most two a second: the page then fetches its own fresh content.</summary>
    private static async Task StreamChangesAsync(HttpContext context, ChangeSignal changes)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        // Wait for the next change before writing, so a change made while writing is not missed.
        var changed = changes.WaitAsync(context.RequestAborted);
        await context.Response.WriteAsync("retry: 2000\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await changed;
                await Task.Delay(500, context.RequestAborted);
                changed = changes.WaitAsync(context.RequestAborted);
                await context.Response.WriteAsync("data: changed\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task ExportAsync(HttpContext context, TelemetryStore store, TimeProvider time)
    {
        var snapshot = TelemetrySnapshot.Of(store, time);
        context.Response.ContentType = "application/json";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"telemetry-{snapshot.TakenAt:yyyyMMdd-HHmmss}.json\"";
        await snapshot.WriteAsync(context.Response.Body, context.RequestAborted);
    }

    private static async Task<IResult> ImportAsync(HttpContext context, TelemetryStore store)
    {
        try
        {
            var snapshot = await TelemetrySnapshot.ReadAsync(context.Request.Body, context.RequestAborted);
            snapshot.AddTo(store);
            return TypedResults.Ok(new ImportResult(snapshot.Spans.Count, snapshot.Logs.Count, snapshot.Metrics.Count));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException)
        {
            return TypedResults.BadRequest(e.Message);
        }
    }

    private static IResult Asset(string name, string contentType)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"MemoryAspire.Dashboard.wwwroot.{name}");
        return stream is null ? TypedResults.NotFound() : TypedResults.Stream(stream, contentType);
    }

    private sealed record ImportResult(int Spans, int Logs, int MetricPoints);
}
