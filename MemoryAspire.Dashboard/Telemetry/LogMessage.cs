using System.Text.RegularExpressions;
using Google.Protobuf.Collections;
using MemoryAspire.Dashboard.Otlp;

namespace MemoryAspire.Dashboard.Telemetry;

/// <summary>
/// .NET exporters send the message template as the body unless told to format it; the dashboard fills the template's
/// placeholders from the record's attributes so that every log reads as its sender wrote it.
/// </summary>
internal static partial class LogMessage
{
    public static string Format(string body, RepeatedField<KeyValue> attributes)
    {
        if (!body.Contains('{', StringComparison.Ordinal) || attributes.Count == 0)
        {
            return body;
        }

        return Placeholder().Replace(body, match =>
        {
            var name = match.Groups["name"].Value;
            var attribute = attributes.FirstOrDefault(a => a.Key == name);
            return attribute is null ? match.Value : OtlpIngest.Text(attribute.Value);
        });
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z_@][A-Za-z0-9_.]*)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
