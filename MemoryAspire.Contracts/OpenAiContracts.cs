using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemoryAspire.Contracts;

/// <summary>
/// The body of <c>POST /v1/chat/completions</c> in OpenAI's Chat Completions wire format (snake_case). Fields this service does
/// not know are ignored, as OpenAI-compatible servers do; the user is the bearer token's subject, never a field here.
/// </summary>
public sealed record ChatCompletionRequest
{
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    [JsonPropertyName("messages")]
    public IReadOnlyList<ChatCompletionMessage>? Messages { get; init; }

    [JsonPropertyName("stream")]
    public bool? Stream { get; init; }

    [JsonPropertyName("stream_options")]
    public ChatCompletionStreamOptions? StreamOptions { get; init; }

    /// <summary>The caller's end user: names a session of the token's user when no <c>X-Memory-Session</c> header is sent.</summary>
    [JsonPropertyName("user")]
    public string? User { get; init; }

    /// <summary>Tags of the request; <c>session_id</c> names a session like <see cref="User"/> does, and wins over it.</summary>
    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    [JsonPropertyName("tools")]
    public IReadOnlyList<ChatCompletionTool>? Tools { get; init; }

    /// <summary><c>"none"</c>, <c>"auto"</c>, <c>"required"</c> or <c>{"type":"function","function":{"name":...}}</c>.</summary>
    [JsonPropertyName("tool_choice")]
    public JsonElement? ToolChoice { get; init; }

    [JsonPropertyName("parallel_tool_calls")]
    public bool? ParallelToolCalls { get; init; }

    [JsonPropertyName("response_format")]
    public ChatCompletionResponseFormat? ResponseFormat { get; init; }

    [JsonPropertyName("temperature")]
    public float? Temperature { get; init; }

    [JsonPropertyName("top_p")]
    public float? TopP { get; init; }

    [JsonPropertyName("max_tokens")]
    public int? MaxTokens { get; init; }

    [JsonPropertyName("max_completion_tokens")]
    public int? MaxCompletionTokens { get; init; }

    [JsonPropertyName("stop")]
    [JsonConverter(typeof(StringOrListConverter))]
    public IReadOnlyList<string>? Stop { get; init; }

    [JsonPropertyName("seed")]
    public long? Seed { get; init; }

    [JsonPropertyName("presence_penalty")]
    public float? PresencePenalty { get; init; }

    [JsonPropertyName("frequency_penalty")]
    public float? FrequencyPenalty { get; init; }

    /// <summary>Only one choice is made per turn (a turn stores one reply).</summary>
    [JsonPropertyName("n")]
    public int? N { get; init; }

    [JsonPropertyName("logprobs")]
    public bool? Logprobs { get; init; }
}

public sealed record ChatCompletionStreamOptions
{
    [JsonPropertyName("include_usage")]
    public bool? IncludeUsage { get; init; }
}

/// <summary>One message of the conversation as the client sees it: <c>system</c>, <c>developer</c>, <c>user</c>, <c>assistant</c> or <c>tool</c>.</summary>
public sealed record ChatCompletionMessage
{
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>A string or a list of content parts (<c>{"type":"text","text":...}</c>); null on an assistant message that only calls tools.</summary>
    [JsonPropertyName("content")]
    [JsonConverter(typeof(ContentPartsConverter))]
    public IReadOnlyList<ChatCompletionContentPart>? Content { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("tool_calls")]
    public IReadOnlyList<ChatCompletionToolCall>? ToolCalls { get; init; }

    [JsonPropertyName("tool_call_id")]
    public string? ToolCallId { get; init; }
}

public sealed record ChatCompletionContentPart
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }
}

public sealed record ChatCompletionTool
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("function")]
    public ChatCompletionFunction? Function { get; init; }
}

public sealed record ChatCompletionFunction
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The function's parameters as a JSON Schema object, passed to the model as given.</summary>
    [JsonPropertyName("parameters")]
    public JsonElement? Parameters { get; init; }

    [JsonPropertyName("strict")]
    public bool? Strict { get; init; }
}

public sealed record ChatCompletionResponseFormat
{
    /// <summary><c>text</c>, <c>json_object</c> or <c>json_schema</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("json_schema")]
    public ChatCompletionJsonSchema? JsonSchema { get; init; }
}

public sealed record ChatCompletionJsonSchema
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("schema")]
    public JsonElement? Schema { get; init; }

    [JsonPropertyName("strict")]
    public bool? Strict { get; init; }
}

/// <summary>A tool call the model made: in a reply, and in the assistant messages a client sends back.</summary>
public sealed record ChatCompletionToolCall
{
    /// <summary>The call's position among the reply's calls; set in streamed chunks only.</summary>
    [JsonPropertyName("index")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Index { get; init; }

    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("function")]
    public ChatCompletionFunctionCall? Function { get; init; }
}

public sealed record ChatCompletionFunctionCall
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The arguments as the JSON text the model wrote.</summary>
    [JsonPropertyName("arguments")]
    public string? Arguments { get; init; }
}

/// <summary>
/// What MemoryAspire adds to a completion (the <c>memory</c> field, which OpenAI clients ignore): where the turn is stored
/// and the context report of <c>/api/v1/chat</c>.
/// </summary>
public sealed record MemoryReport(
    Guid SessionId, Guid UserMessageId, Guid? AssistantMessageId, string Provider, bool Offline, bool Replayed, ContextReport Context);

/// <summary>A non-streamed answer: <c>object</c> is <c>chat.completion</c>.</summary>
public sealed record ChatCompletion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("object")] string Kind,
    [property: JsonPropertyName("created")] long Created,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("choices")] IReadOnlyList<ChatCompletionChoice> Choices,
    [property: JsonPropertyName("usage")] ChatCompletionUsage Usage,
    [property: JsonPropertyName("memory")] MemoryReport Memory)
{
    [JsonPropertyName("system_fingerprint")]
    public string? SystemFingerprint { get; init; }
}

public sealed record ChatCompletionChoice(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("message")] ChatCompletionReply Message,
    [property: JsonPropertyName("finish_reason")] string FinishReason)
{
    [JsonPropertyName("logprobs")]
    public object? Logprobs { get; init; }
}

public sealed record ChatCompletionReply(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("content")] string? Content,
    [property: JsonPropertyName("tool_calls"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ChatCompletionToolCall>? ToolCalls)
{
    [JsonPropertyName("refusal")]
    public string? Refusal { get; init; }
}

public sealed record ChatCompletionUsage(
    [property: JsonPropertyName("prompt_tokens")] long PromptTokens,
    [property: JsonPropertyName("completion_tokens")] long CompletionTokens,
    [property: JsonPropertyName("total_tokens")] long TotalTokens);

/// <summary>One server-sent event of a streamed answer: <c>object</c> is <c>chat.completion.chunk</c>.</summary>
public sealed record ChatCompletionChunk(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("object")] string Kind,
    [property: JsonPropertyName("created")] long Created,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("choices")] IReadOnlyList<ChatCompletionChunkChoice> Choices)
{
    /// <summary>Null on every chunk but the last when the client asked for usage (<c>stream_options.include_usage</c>); absent otherwise.</summary>
    [JsonPropertyName("usage")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ChatCompletionUsage? Usage { get; init; }

    /// <summary>On the chunk that finishes the choice.</summary>
    [JsonPropertyName("memory")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MemoryReport? Memory { get; init; }

    [JsonPropertyName("system_fingerprint")]
    public string? SystemFingerprint { get; init; }
}

public sealed record ChatCompletionChunkChoice(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("delta")] ChatCompletionDelta Delta,
    [property: JsonPropertyName("finish_reason")] string? FinishReason)
{
    [JsonPropertyName("logprobs")]
    public object? Logprobs { get; init; }
}

public sealed record ChatCompletionDelta
{
    [JsonPropertyName("role")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Role { get; init; }

    [JsonPropertyName("content")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Content { get; init; }

    [JsonPropertyName("tool_calls")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ChatCompletionToolCall>? ToolCalls { get; init; }
}

/// <summary>The answer of <c>GET /v1/models</c>.</summary>
public sealed record ModelList(
    [property: JsonPropertyName("object")] string Kind,
    [property: JsonPropertyName("data")] IReadOnlyList<ModelCard> Data);

public sealed record ModelCard(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("object")] string Kind,
    [property: JsonPropertyName("created")] long Created,
    [property: JsonPropertyName("owned_by")] string OwnedBy);

/// <summary>An error in OpenAI's format: <c>{"error":{"message","type","param","code"}}</c>.</summary>
public sealed record OpenAiError([property: JsonPropertyName("error")] OpenAiErrorDetail Error);

public sealed record OpenAiErrorDetail(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("param")] string? Param,
    [property: JsonPropertyName("code")] string? Code);

/// <summary>Message content as OpenAI sends it: a string (one text part), a list of parts, or null.</summary>
public sealed class ContentPartsConverter : JsonConverter<IReadOnlyList<ChatCompletionContentPart>>
{
    public override IReadOnlyList<ChatCompletionContentPart>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => [new ChatCompletionContentPart { Type = "text", Text = reader.GetString() }],
        JsonTokenType.StartArray => JsonSerializer.Deserialize<List<ChatCompletionContentPart>>(ref reader, options),
        _ => throw new JsonException($"content must be a string or a list of content parts, not {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<ChatCompletionContentPart> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}

/// <summary>A field OpenAI accepts as one string or a list of strings (<c>stop</c>).</summary>
public sealed class StringOrListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => [reader.GetString()!],
        JsonTokenType.StartArray => JsonSerializer.Deserialize<List<string>>(ref reader, options),
        _ => throw new JsonException($"expected a string or a list of strings, not {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
