using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MemoryAspire.Memory.Turns;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Models;
using Microsoft.Extensions.AI;

namespace MemoryAspire.ChatApi;

/// <summary>What the headers of a <c>/v1/chat/completions</c> request say beside its body.</summary>
public sealed record OpenAiTurnHeaders(string? Session, string? Strategy, string? IdempotencyKey);

/// <summary>A Chat Completions request as a turn: what the engine runs, and how the client wants the answer.</summary>
public sealed partial record OpenAiTurn(TurnRequest Turn, bool Stream, bool IncludeUsage)
{
    public static readonly string[] Roles = ["system", "developer", "user", "assistant", "tool"];

    /// <summary>
    /// The rules: the last message is the new turn and must be the user's; every <c>system</c> and <c>developer</c> message,
    /// in order, is the system prompt's first part; the user and assistant messages before the last are the client's
    /// conversation, which the engine uses only for a session that holds nothing yet; the session is the
    /// <c>X-Memory-Session</c> header, else the one named by <c>metadata.session_id</c>, else by <c>user</c>, else a new one;
    /// tools, tool choice, response format and sampling go to the model as given.
    /// </summary>
    public static Outcome<OpenAiTurn> From(string subject, ChatCompletionRequest request, OpenAiTurnHeaders headers)
    {
        try
        {
            return Read(subject, request, headers);
        }
        catch (InvalidField e)
        {
            return e.Refusal;
        }
    }

    private static OpenAiTurn Read(string subject, ChatCompletionRequest request, OpenAiTurnHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(headers);
        if (string.IsNullOrWhiteSpace(request.Model))
        {
            throw Invalid("model", "model is required: name one of the models GET /v1/models lists.");
        }

        if (request.N is > 1)
        {
            throw Invalid("n", "n must be 1: a turn stores one reply.");
        }

        if (request.Logprobs is true)
        {
            throw Invalid("logprobs", "logprobs are not supported.");
        }

        var messages = request.Messages is { Count: > 0 } list ? list : throw Invalid("messages", "messages must hold at least one message, the last of them the user's new message.");
        List<string> instructions = [];
        List<ChatMessage> earlier = [];
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i] ?? throw Invalid($"messages[{i}]", $"messages[{i}] is null.");
            var text = Text(message, i);
            switch (message.Role)
            {
                case "system" or "developer":
                    instructions.Add(text);
                    break;
                case "user" when i < messages.Count - 1:
                    earlier.Add(new ChatMessage(ChatRole.User, text));
                    break;
                case "assistant" when i < messages.Count - 1:
                    var calls = message.ToolCalls?.Select((c, j) => CallOf(c, $"messages[{i}].tool_calls[{j}]")).ToList() ?? [];
                    earlier.Add(new ChatMessage(ChatRole.Assistant, ReplyToolCalls.Stored(text, calls)));
                    break;
                case "user" or "assistant" or "tool":
                    break;
                default:
                    throw Invalid($"messages[{i}].role", $"messages[{i}].role is {Describe(message.Role)}: use one of {string.Join(", ", Roles)}.");
            }
        }

        var last = messages[^1];
        if (last.Role != "user")
        {
            throw Invalid($"messages[{messages.Count - 1}].role", last.Role == "tool"
                ? "The last message is a tool result: this endpoint runs a turn for a new user message, and tool results are not sent back to the model. Run the tool and send its outcome in the next user message."
                : $"The last message must be the user's new message, not {Describe(last.Role)}.");
        }

        var (sessionId, named) = SessionOf(subject, request, headers.Session);
        var turn = new TurnRequest(Text(last, messages.Count - 1), sessionId, Blank(headers.Strategy), Blank(headers.IdempotencyKey))
        {
            CreateSession = named,
            Call = new TurnCall
            {
                Model = request.Model,
                Instructions = instructions.Count > 0 ? string.Join("\n\n", instructions) : null,
                Options = OptionsOf(request),
                Earlier = earlier,
            },
        };
        return new OpenAiTurn(turn, request.Stream is true, request.StreamOptions?.IncludeUsage is true);
    }

    /// <summary>
    /// The id of the session a client names (<c>metadata.session_id</c> or <c>user</c>): derived from the token's user and the
    /// name, so the same name always reaches the same session of that user and another user's same name never reaches it.
    /// </summary>
    public static Guid NamedSession(string subject, string source, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"memoryaspire/openai-session\n{subject}\n{source}\n{name}"));
        // An RFC 9562 version 8 (custom) UUID: the version and variant bits say what it is.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    private static (Guid? Id, bool Named) SessionOf(string subject, ChatCompletionRequest request, string? header)
    {
        if (!string.IsNullOrWhiteSpace(header))
        {
            return Guid.TryParse(header, out var id)
                ? (id, false)
                : throw Invalid(OpenAiCompatibleApi.SessionHeader,
                    $"The {OpenAiCompatibleApi.SessionHeader} header {Refusal.Quote(header)} is not a session id (a GUID from an earlier answer's {OpenAiCompatibleApi.SessionHeader} header).");
        }

        if (request.Metadata?.GetValueOrDefault("session_id") is { } name && !string.IsNullOrWhiteSpace(name))
        {
            return (NamedSession(subject, "metadata.session_id", name), true);
        }

        return string.IsNullOrWhiteSpace(request.User) ? (null, false) : (NamedSession(subject, "user", request.User), true);
    }

    /// <summary>A message's text: its content string, or its text parts one per line; other parts (images, audio, files) are refused.</summary>
    private static string Text(ChatCompletionMessage message, int index)
    {
        if (message.Content is not { } parts)
        {
            return "";
        }

        var texts = new List<string>(parts.Count);
        for (var j = 0; j < parts.Count; j++)
        {
            var part = parts[j];
            if (part is not { Type: "text" or null, Text: { } text })
            {
                throw Invalid($"messages[{index}].content[{j}]",
                    $"messages[{index}].content[{j}] is {(part is null ? "null" : $"a part of type {Describe(part.Type)}")}: only text content is supported.");
            }

            texts.Add(text);
        }

        return string.Join("\n", texts);
    }

    private static ToolCallInfo CallOf(ChatCompletionToolCall? call, string field) =>
        call is { Function: { Name: { } name } function }
            ? new ToolCallInfo(call.Id ?? "", name, function.Arguments ?? "")
            : throw Invalid(field, $"{field} is not a function call with a name.");

    private static ChatOptions? OptionsOf(ChatCompletionRequest request)
    {
        var options = new ChatOptions
        {
            Temperature = Within(request.Temperature, "temperature", 0, 2),
            TopP = Within(request.TopP, "top_p", 0, 1),
            MaxOutputTokens = request.MaxCompletionTokens ?? request.MaxTokens,
            StopSequences = request.Stop is { } stop ? [.. stop.Select((s, i) => s ?? throw Invalid($"stop[{i}]", $"stop[{i}] is null."))] : null,
            Seed = request.Seed,
            PresencePenalty = Within(request.PresencePenalty, "presence_penalty", -2, 2),
            FrequencyPenalty = Within(request.FrequencyPenalty, "frequency_penalty", -2, 2),
            AllowMultipleToolCalls = request.ParallelToolCalls,
            Tools = request.Tools is { Count: > 0 } tools ? [.. tools.Select(ToolOf)] : null,
            ToolMode = ToolModeOf(request.ToolChoice),
            ResponseFormat = FormatOf(request.ResponseFormat),
        };
        if (options.MaxOutputTokens is < 1)
        {
            throw Invalid(request.MaxCompletionTokens is null ? "max_tokens" : "max_completion_tokens", "The maximum number of tokens must be at least 1.");
        }

        return options;
    }

    /// <summary>OpenAI's range for a sampling setting: outside it (or not a finite number, as 1e308 read as a float) the request is at fault, not the model.</summary>
    private static float? Within(float? value, string param, int min, int max) =>
        value is not { } number || (number >= min && number <= max)
            ? value
            : throw Invalid(param, string.Create(CultureInfo.InvariantCulture, $"{param} must be between {min} and {max}."));

    private static AITool ToolOf(ChatCompletionTool? tool, int index)
    {
        var field = $"tools[{index}]";
        if (tool is not { Type: "function", Function: { } function })
        {
            throw Invalid($"{field}.type", $"{field} must be {{\"type\":\"function\",\"function\":{{...}}}}: only function tools are supported.");
        }

        if (function.Name is not { } name || !FunctionName().IsMatch(name))
        {
            throw Invalid($"{field}.function.name", $"{field}.function.name must be 1 to 64 letters, digits, underscores or dashes.");
        }

        var parameters = function.Parameters switch
        {
            null => EmptySchema,
            { ValueKind: JsonValueKind.Object } schema => schema,
            _ => throw Invalid($"{field}.function.parameters", $"{field}.function.parameters must be a JSON Schema object."),
        };
        return new ClientFunction(name, function.Description ?? "", parameters, function.Strict);
    }

    private static ChatToolMode? ToolModeOf(JsonElement? choice) => choice switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } text => text.GetString() switch
        {
            "auto" => ChatToolMode.Auto,
            "none" => ChatToolMode.None,
            "required" => ChatToolMode.RequireAny,
            var other => throw Invalid("tool_choice", $"tool_choice is {Describe(other)}: use auto, none, required or {{\"type\":\"function\",\"function\":{{\"name\":...}}}}."),
        },
        { ValueKind: JsonValueKind.Object } named when named.TryGetProperty("function", out var function) && function.ValueKind == JsonValueKind.Object
            && function.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() is { Length: > 0 } functionName
            => ChatToolMode.RequireSpecific(functionName),
        _ => throw Invalid("tool_choice", "tool_choice must be auto, none, required or {\"type\":\"function\",\"function\":{\"name\":...}}."),
    };

    private static ChatResponseFormat? FormatOf(ChatCompletionResponseFormat? format) => format?.Type switch
    {
        null when format is null => null,
        "text" => ChatResponseFormat.Text,
        "json_object" => ChatResponseFormat.Json,
        "json_schema" when format.JsonSchema is { Name: { Length: > 0 } name, Schema: { ValueKind: JsonValueKind.Object } schema } json =>
            ChatResponseFormat.ForJsonSchema(schema, name, json.Description),
        "json_schema" => throw Invalid("response_format.json_schema", "response_format.json_schema needs a name and a schema (a JSON Schema object)."),
        var other => throw Invalid("response_format.type", $"response_format.type is {Describe(other)}: use text, json_object or json_schema."),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Describe(string? value) => value is null ? "missing" : Refusal.Quote(value);

    /// <summary>A refusal naming the request field at fault, which the OpenAI error's <c>param</c> carries; raised from any depth of the reading.</summary>
    private static InvalidField Invalid(string param, string detail) =>
        new(new Refusal.Invalid(detail) { Extensions = new Dictionary<string, object?> { ["param"] = param } });

    /// <summary>Ends the reading of a request at its first field that cannot be honoured; <see cref="From"/> returns its refusal.</summary>
    private sealed class InvalidField(Refusal.Invalid refusal) : Exception(refusal.Detail)
    {
        public Refusal.Invalid Refusal { get; } = refusal;
    }

    private static readonly JsonElement EmptySchema = JsonDocument.Parse("""{"type":"object","properties":{}}""").RootElement.Clone();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex FunctionName();
}

/// <summary>A function the client declares: name, description and parameter schema reach the model as given; the model's calls come back to the client.</summary>
internal sealed class ClientFunction(string name, string description, JsonElement parameters, bool? strict) : AIFunctionDeclaration
{
    private readonly IReadOnlyDictionary<string, object?> _properties =
        strict is { } value ? new Dictionary<string, object?> { ["strict"] = value } : new Dictionary<string, object?>();

    public override string Name => name;

    public override string Description => description;

    public override JsonElement JsonSchema => parameters;

    public override IReadOnlyDictionary<string, object?> AdditionalProperties => _properties;
}
