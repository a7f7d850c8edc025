using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MemoryAspire.Hosting.Publishing;

/// <summary>A <c>{resource.path}</c> reference inside a manifest string (<c>{cache.bindings.tcp.port}</c>); <c>{{</c> and <c>}}</c> are literal braces.</summary>
public sealed partial record ManifestExpression(string Resource, IReadOnlyList<string> Path)
{
    public static IEnumerable<ManifestExpression> Parse(string text) =>
        Reference().Matches(text.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => m.Groups[1].Value.Split('.'))
            .Select(parts => new ManifestExpression(parts[0], parts[1..]));

    /// <summary>Every reference in every string of a manifest fragment.</summary>
    public static IEnumerable<ManifestExpression> FindAll(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : FindAll(p.Value)),
        JsonArray a => a.SelectMany(v => v is null ? [] : FindAll(v)),
        JsonValue v when v.TryGetValue<string>(out var text) => Parse(text),
        _ => [],
    };

    public override string ToString() => $"{{{Resource}.{string.Join('.', Path)}}}";

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Reference();
}
