using Microsoft.AspNetCore.Http;
using static MemoryAspire.Dashboard.Ui.Html;

namespace MemoryAspire.Dashboard.Ui;

internal static class ResourcePages
{
    private const int ConsoleLines = 1000;

    public static IResult Resources(HttpContext context, DashboardState state)
    {
        var main = state.Resources is { } source ? AppHostResources(source) : SeenServices(state);
        main += """
            <h2>Telemetry snapshot</h2>
            <p><a href="/api/telemetry/export" download>Export to a file</a> ·
            <label>Import a file <input type="file" id="import" accept="application/json,.json"></label> ·
            <form method="post" action="/api/telemetry/clear" class="inline"><button>Clear all telemetry</button></form></p>
            """;
        return DashboardUi.Page(context, "Resources", main);
    }

    private static string AppHostResources(IResourceSource source)
    {
        var rows = source.GetResources().Select(r => new[]
        {
            $"<strong>{E(r.Name)}</strong>",
            E(r.Kind),
            $"<span class=\"state {E(r.State.ToLowerInvariant())}\">{E(r.State)}</span>" + (r.Error is null ? "" : $"<div class=\"error\">{E(r.Error)}</div>"),
            r.Healthy ? "<span class=\"ok\">Healthy</span>" : "<span class=\"bad\">Unhealthy</span>",
            Time(r.StartedAt),
            string.Join("<br>", r.Urls.Select(u => $"<a href=\"{E(u)}\" target=\"_blank\">{E(u)}</a>")),
            r.Environment.Count == 0 ? "" : $"<details id=\"env-{E(r.Name)}\"><summary>{r.Environment.Count} variables</summary>{Table(["Name", "Value"], r.Environment.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => new[] { E(v.Key), E(SecretMask.Mask(v.Key, v.Value)) }))}</details>",
            $"<a href=\"/console?resource={Q(r.Name)}\">console</a> · <a href=\"/structured?resource={Q(r.Name)}\">logs</a> · <a href=\"/traces?resource={Q(r.Name)}\">traces</a>"
                + (r.CanControl
                    ? $"<form method=\"post\" action=\"/resources/{Q(r.Name)}/restart\" class=\"inline\"><button>Restart</button></form><form method=\"post\" action=\"/resources/{Q(r.Name)}/stop\" class=\"inline\"><button>Stop</button></form>"
                    : ""),
        });
        return "<h1>Resources</h1>" + Table(["Name", "Kind", "State", "Health", "Started", "Endpoints", "Environment", ""], rows);
    }

    private static string SeenServices(DashboardState state)
    {
        var spans = state.Store.Spans;
        var logs = state.Store.Logs;
        var metrics = state.Store.Metrics;
        var rows = spans.Select(s => (s.Service, s.Instance, Time: s.End))
            .Concat(logs.Select(l => (l.Service, l.Instance, l.Time)))
            .Concat(metrics.Select(m => (m.Service, m.Instance, m.Time)))
            .GroupBy(x => (x.Service, x.Instance))
            .OrderBy(g => g.Key.Service, StringComparer.Ordinal)
            .Select(g => new[]
            {
                $"<strong>{E(g.Key.Service)}</strong>",
                E(g.Key.Instance),
                Time(g.Max(x => x.Time)),
                $"<a href=\"/structured?resource={Q(g.Key.Service)}\">logs</a> · <a href=\"/traces?resource={Q(g.Key.Service)}\">traces</a> · <a href=\"/metrics?resource={Q(g.Key.Service)}\">metrics</a>",
            });
        return "<h1>Resources</h1><p>Standalone dashboard: services that sent telemetry.</p>" + Table(["Service", "Instance", "Last seen", ""], rows);
    }

    public static IResult Control(string name, DashboardState state, bool stop)
    {
        if (state.Resources is not { } source || !source.GetResources().Any(r => r.Name == name && r.CanControl))
        {
            return TypedResults.NotFound();
        }

        // The click returns at once; the page follows the resource's state through live updates.
        _ = stop ? source.StopAsync(name, CancellationToken.None) : source.RestartAsync(name, CancellationToken.None);
        return TypedResults.Redirect("/");
    }

    public static IResult Console(HttpContext context, DashboardState state, string? resource)
    {
        if (state.Resources is not { } source)
        {
            return DashboardUi.Page(context, "Console", "<h1>Console logs</h1><p class=\"empty\">The standalone dashboard runs no resources; their console output is not available.</p>");
        }

        var names = source.GetResources().Select(r => r.Name).ToList();
        resource ??= names.FirstOrDefault();
        var lines = resource is null ? [] : source.GetConsoleLogs(resource, ConsoleLines);
        var text = string.Join('\n', lines.Select(l => $"<span class=\"{(l.IsError ? "stderr" : "stdout")}\">{Time(l.Time)} {E(l.Text)}</span>"));
        var main = $"""
            <h1>Console logs</h1>
            <form method="get" class="filters">{Select("resource", resource, names, "Choose")}<button>Show</button></form>
            <pre class="console" data-follow="true">{(lines.Count == 0 ? "No output yet." : text)}</pre>
            """;
        return DashboardUi.Page(context, "Console", main);
    }
}
