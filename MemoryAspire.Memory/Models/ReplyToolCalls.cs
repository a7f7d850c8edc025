using System.Text;
using System.Text.Json;
using MemoryAspire.Memory.Text;
using Microsoft.Extensions.AI;

namespace MemoryAspire.Memory.Models;

/// <summary>
/// The tool calls of a model's reply: as the client gets them (id, function name, the arguments' JSON as the model wrote
/// it) and as they are stored with the reply's text, one line per call, so that the session's later prompts, its summary
/// and its export say what the model asked for.
/// </summary>
public static class ReplyToolCalls
{
    public static IReadOnlyList<ToolCallInfo> From(ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return [.. response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>()
            .Select(c => new ToolCallInfo(StorableText.Clean(c.CallId), StorableText.Clean(c.Name), StorableText.Clean(Arguments(c))))];
    }

    /// <summary>The reply's text followed by a line <c>[tool call &lt;id&gt;: &lt;name&gt;(&lt;arguments&gt;)]</c> per call.</summary>
    public static string Stored(string reply, IReadOnlyList<ToolCallInfo> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        if (calls.Count == 0)
        {
            return reply;
        }

        var text = new StringBuilder(reply);
        foreach (var call in calls)
        {
            text.Append(text.Length > 0 ? "\n" : "").Append("[tool call ").Append(call.Id).Append(": ").Append(call.Name).Append('(').Append(call.Arguments).Append(")]");
        }

        return text.ToString();
    }

    /// <summary>OpenAI's name for why the model stopped; a reply with tool calls finished to call them.</summary>
    public static string? FinishReason(ChatFinishReason? reason, IReadOnlyList<ToolCallInfo> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        return calls.Count > 0 ? "tool_calls"
            : reason == ChatFinishReason.Length ? "length"
            : reason == ChatFinishReason.ContentFilter ? "content_filter"
            : reason == ChatFinishReason.ToolCalls ? "tool_calls"
            : reason == ChatFinishReason.Stop ? "stop"
            : null;
    }

    /// <summary>The arguments' text as the provider received it when it kept it, else the parsed arguments written back as JSON.</summary>
    private static string Arguments(FunctionCallContent call) => call.RawRepresentation switch
    {
        OpenAI.Chat.ChatToolCall raw => raw.FunctionArguments.ToString(),
        _ => call.Arguments is null ? "{}" : JsonSerializer.Serialize(call.Arguments, AIJsonUtilities.DefaultOptions),
    };
}
