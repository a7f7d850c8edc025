using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Text;
using Microsoft.Net.Http.Headers;

namespace MemoryAspire.ChatApi;

/// <summary>
/// The edge's rules for text in requests: a body in a charset .NET does not know is refused with 415, and a route value, query
/// value or JSON body field holding a character memory cannot store (NUL, a lone surrogate) is refused with 400 before any
/// handler runs, the ProblemDetails naming the field, the character and its position. Nothing is silently removed: what is
/// accepted is stored and read back byte for byte.
/// </summary>
public static class RequestText
{
    private const int MaxDepth = 8;

    /// <summary>
    /// Refuses a request body whose charset cannot be decoded, before endpoint binding fails on it, and unquotes a quoted one
    /// (<c>charset="utf-8"</c> is valid HTTP that the JSON reader does not understand).
    /// </summary>
    public static IApplicationBuilder UseKnownCharsets(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var media) && media.Charset.HasValue)
        {
            var charset = HeaderUtilities.RemoveQuotes(media.Charset).Value ?? "";
            if (!IsKnown(charset))
            {
                throw new BadHttpRequestException(
                    $"The body's charset '{TextCut.Shorten(charset, 40)}' is not one ChatApi can read: send JSON in UTF-8.", StatusCodes.Status415UnsupportedMediaType);
            }

            if (charset.Length != media.Charset.Length)
            {
                media.Charset = charset;
                context.Request.ContentType = media.ToString();
            }
        }

        await next(context);
    });

    /// <summary>Refuses every string argument (route and query values) and every string inside a bound body that cannot be stored.</summary>
    public static TBuilder RequireStorableText<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var parameters = factory.MethodInfo.GetParameters();
            return invocation =>
            {
                for (var i = 0; i < parameters.Length && i < invocation.Arguments.Count; i++)
                {
                    var parameter = parameters[i];
                    var refusal = parameter.ParameterType == typeof(string) ? Refuse(parameter.Name!, invocation.Arguments[i])
                        : IsBody(parameter.ParameterType) ? Refuse("", invocation.Arguments[i])
                        : null;
                    if (refusal is not null)
                    {
                        return ValueTask.FromResult<object?>(new BadRequestProblem(refusal));
                    }
                }

                return next(invocation);
            };
        });

    /// <summary>The refusal naming the first string in <paramref name="value"/> (a string, or a body's fields and lists) that cannot be stored; null when all can.</summary>
    public static Refusal.Invalid? Refuse(string field, object? value)
    {
        try
        {
            return Find(field, value, 0) is var (where, found) ? Refusal.Invalid.Unstorable(where.Length == 0 ? "the body" : where, found) : null;
        }
        catch (MalformedJson e)
        {
            return new Refusal.Invalid($"The body is not valid JSON: {e.Field}: {e.Message}");
        }
    }

    /// <summary>A JSON value passed on as it is could not be read; ends the walk from any depth.</summary>
    private sealed class MalformedJson(string field, InvalidOperationException cause) : Exception(cause.Message, cause)
    {
        public string Field { get; } = field;
    }

    private static (string Field, UnstorableCharacter Found)? Find(string field, object? value, int depth)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return StorableText.FindUnstorable(text) is { } found ? (field, found) : null;
            case JsonElement element:
                try
                {
                    return FindInJson(field, element);
                }
                catch (InvalidOperationException e)
                {
                    throw new MalformedJson(field, e);
                }

            case IReadOnlyDictionary<string, string> map:
                foreach (var (key, text) in map)
                {
                    if ((StorableText.FindUnstorable(key) is { } inKey ? ($"a key of {field}", inKey) : Find($"{field}.{key}", text, depth + 1)) is { } inMap)
                    {
                        return inMap;
                    }
                }

                return null;
            case IEnumerable items when depth < MaxDepth:
                var index = 0;
                foreach (var item in items)
                {
                    if (Find($"{field}[{index++}]", item, depth + 1) is { } inItem)
                    {
                        return inItem;
                    }
                }

                return null;
            case var body when depth < MaxDepth && IsBody(body.GetType()):
                foreach (var property in body.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
                {
                    var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                    if (Find(field.Length == 0 ? name : $"{field}.{name}", property.GetValue(body), depth + 1) is { } inProperty)
                    {
                        return inProperty;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// A JSON value passed on as it is (a tool's parameter schema): its names and strings, at any depth. A lone surrogate escape
    /// (<c>"\ud83d"</c>), which a string field refuses while the body is read, is malformed JSON here too.
    /// </summary>
    private static (string Field, UnstorableCharacter Found)? FindInJson(string field, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return StorableText.FindUnstorable(element.GetString()!) is { } found ? (field, found) : null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindInJson($"{field}[{index++}]", item) is { } inItem)
                    {
                        return inItem;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (StorableText.FindUnstorable(property.Name) is { } inName)
                    {
                        return ($"a name in {field}", inName);
                    }

                    if (FindInJson($"{field}.{property.Name}", property.Value) is { } inValue)
                    {
                        return inValue;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>Request bodies are this solution's records (the compiler gives records a <c>&lt;Clone&gt;$</c> method); services are not walked.</summary>
    private static bool IsBody(Type type) =>
        type.Namespace?.StartsWith("MemoryAspire.", StringComparison.Ordinal) == true && type.GetMethod("<Clone>$") is not null;

    private static bool IsKnown(string charset)
    {
        try
        {
            Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
