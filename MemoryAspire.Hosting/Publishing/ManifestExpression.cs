using System.Text.RegularExpressions;

namespace MemoryAspire.Hosting.Publishing;

/// <summary>A <c>{resource.path}</c> reference inside a manifest string (<c>{cache.bindings.tcp.port}</c>); <c>{{</c> and <c>}}</c> are literal braces.</summary>
public sealed partial record ManifestExpression(string Resource, IReadOnlyList<string> Path)
{
    public static IEnumerable<ManifestExpression> Parse(string text) =>
        Reference().Matches(text.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => m.Groups[1].Value.Split('.'))
            .Select(parts => new ManifestExpression(parts[0], parts[1..]));

    public override string ToString() => $"{{{Resource}.{string.Join('.', Path)}}}";

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Reference();
}
