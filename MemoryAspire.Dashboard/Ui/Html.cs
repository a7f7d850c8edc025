using System.Globalization;
using System.Net;
using System.Text;

namespace MemoryAspire.Dashboard.Ui;

/// <summary>Small pieces of server-rendered HTML; every value passes through <see cref="E"/>.</summary>
internal static class Html
{
    private static readonly (string Path, string Title)[] Pages =
    [
        ("/", "Resources"),
        ("/console", "Console"),
        ("/structured", "Structured logs"),
        ("/traces", "Traces"),
        ("/metrics", "Metrics"),
        ("/tokens", "Tokens & latency"),
    ];

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Q(string? text) => Uri.EscapeDataString(text ?? "");

    public static string N(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? time) => time?.ToLocalTime().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) ?? "";

    public static string Duration(TimeSpan duration) => duration.TotalMilliseconds < 1000
        ? $"{N(duration.TotalMilliseconds, "0.##")} ms"
        : $"{N(duration.TotalSeconds, "0.##")} s";

    /// <summary>The whole page, or only its main content when the live-update script asks for it.</summary>
    public static string Page(string path, string title, string main, bool partial) => partial ? main : $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>{{E(title)}} · MemoryAspire dashboard</title>
        <link rel="stylesheet" href="/dashboard.css">
        <script src="/dashboard.js" defer></script>
        </head>
        <body>
        <nav><strong>MemoryAspire</strong>{{string.Concat(Pages.Select(p => $"<a href=\"{p.Path}\"{(p.Path == path ? " class=\"active\"" : "")}>{E(p.Title)}</a>"))}}<span class="live" id="live">live</span></nav>
        <main id="main">{{main}}</main>
        </body>
        </html>
        """;

    public static string Table(IEnumerable<string> headers, IEnumerable<IEnumerable<string>> rows, string? empty = "Nothing yet.")
    {
        var body = new StringBuilder();
        foreach (var row in rows)
        {
            body.Append("<tr>").AppendJoin("", row.Select(cell => $"<td>{cell}</td>")).Append("</tr>");
        }

        return body.Length == 0 && empty is not null
            ? $"<p class=\"empty\">{E(empty)}</p>"
            : $"<table><thead><tr>{string.Concat(headers.Select(h => $"<th>{E(h)}</th>"))}</tr></thead><tbody>{body}</tbody></table>";
    }

    public static string Attributes(IReadOnlyDictionary<string, string> attributes) => Table(
        ["Name", "Value"],
        attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new[] { E(a.Key), E(a.Value) }),
        "No attributes.");

    public static string Select(string name, string? selected, IEnumerable<string> options, string all = "All") =>
        $"<select name=\"{E(name)}\"><option value=\"\">{E(all)}</option>{string.Concat(options.Select(o => $"<option{(o == selected ? " selected" : "")}>{E(o)}</option>"))}</select>";
}

/// <summary>Line charts drawn as inline SVG: no script library to load.</summary>
internal static class SvgChart
{
    private const int Width = 640;
    private const int Height = 160;
    private const int Left = 56;
    private const int Bottom = 20;
    private static readonly string[] Colors = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#4b5563"];

    public static string Lines(IReadOnlyList<(string Name, IReadOnlyList<(DateTimeOffset Time, double Value)> Points)> series, string unit = "")
    {
        var all = series.SelectMany(s => s.Points).ToList();
        if (all.Count == 0)
        {
            return "<p class=\"empty\">No data points yet.</p>";
        }

        var start = all.Min(p => p.Time);
        var end = all.Max(p => p.Time);
        var span = Math.Max(1, (end - start).TotalSeconds);
        var max = Math.Max(all.Max(p => p.Value), 0);
        var min = Math.Min(all.Min(p => p.Value), 0);
        var range = max - min == 0 ? 1 : max - min;
        double X(DateTimeOffset t) => Left + (t - start).TotalSeconds / span * (Width - Left - 8);
        double Y(double v) => 8 + (1 - (v - min) / range) * (Height - Bottom - 8);

        var svg = new StringBuilder($"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Html.N(Y(min))}\" x2=\"{Width - 8}\" y2=\"{Html.N(Y(min))}\" class=\"axis\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{Html.N(Y(max) + 4)}\" text-anchor=\"end\">{Html.E(Html.N(max, "0.###"))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{Html.N(Y(min))}\" text-anchor=\"end\">{Html.E(Html.N(min, "0.###"))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 4}\">{Html.Time(start)}</text><text x=\"{Width - 8}\" y=\"{Height - 4}\" text-anchor=\"end\">{Html.Time(end)} {Html.E(unit)}</text>");
        for (var i = 0; i < series.Count; i++)
        {
            var color = Colors[i % Colors.Length];
            var points = string.Join(' ', series[i].Points.OrderBy(p => p.Time).Select(p => $"{Html.N(X(p.Time))},{Html.N(Y(p.Value))}"));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{points}\"><title>{Html.E(series[i].Name)}</title></polyline>");
            if (series[i].Points.Count == 1)
            {
                var p = series[i].Points[0];
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Html.N(X(p.Time))}\" cy=\"{Html.N(Y(p.Value))}\" r=\"3\" fill=\"{color}\"/>");
            }
        }

        svg.Append("</svg>");
        var legend = string.Concat(series.Select((s, i) => $"<span style=\"color:{Colors[i % Colors.Length]}\">■ {Html.E(s.Name)}</span> "));
        return $"<figure>{svg}<figcaption>{legend}</figcaption></figure>";
    }
}
