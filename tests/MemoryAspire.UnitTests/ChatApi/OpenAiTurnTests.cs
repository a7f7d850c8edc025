using System.Text.Json;
using MemoryAspire.ChatApi;
using MemoryAspire.Memory;
using Microsoft.Extensions.AI;

namespace MemoryAspire.UnitTests.ChatApi;

/// <summary>How a Chat Completions request becomes a turn: which message is new, what is instructions, which session, what is refused.</summary>
public sealed class OpenAiTurnTests
{
    private const string Alex = "alex";
    private static readonly OpenAiTurnHeaders NoHeaders = new(null, null, null);

    [Fact]
    public void The_last_message_is_the_turn_system_and_developer_messages_are_instructions_in_order_and_the_rest_is_the_clients_conversation()
    {
        var turn = From("""
            {"model":"gpt-4o","stream":true,"stream_options":{"include_usage":true},"messages":[
              {"role":"system","content":"Be terse."},
              {"role":"user","content":"I use ChromaDB."},
              {"role":"assistant","content":"Noted."},
              {"role":"developer","content":[{"type":"text","text":"Answer in English."}]},
              {"role":"user","content":[{"type":"text","text":"Which store"},{"type":"text","text":"do I use?"}]}]}
            """);

        Assert.Equal("Which store\ndo I use?", turn.Turn.Message);
        Assert.Equal("Be terse.\n\nAnswer in English.", turn.Turn.Call!.Instructions);
        Assert.Equal([(ChatRole.User, "I use ChromaDB."), (ChatRole.Assistant, "Noted.")], turn.Turn.Call.Earlier.Select(m => (m.Role, m.Text)));
        Assert.Equal("gpt-4o", turn.Turn.Call.Model);
        Assert.True(turn.Stream);
        Assert.True(turn.IncludeUsage);
        Assert.Null(turn.Turn.SessionId);
    }

    [Fact]
    public void The_session_header_wins_then_metadata_session_id_then_user_and_a_name_reaches_the_same_session_of_the_same_user_only()
    {
        var header = Guid.NewGuid();
        const string Both = """{"model":"m","user":"u1","metadata":{"session_id":"s1"},"messages":[{"role":"user","content":"Hi"}]}""";
        Assert.Equal(header, From(Both, new OpenAiTurnHeaders(header.ToString(), null, null)).Turn.SessionId);
        Assert.False(From(Both, new OpenAiTurnHeaders(header.ToString(), null, null)).Turn.CreateSession);

        var named = From(Both).Turn;
        Assert.Equal(OpenAiTurn.NamedSession(Alex, "metadata.session_id", "s1"), named.SessionId);
        Assert.True(named.CreateSession);
        Assert.Equal(OpenAiTurn.NamedSession(Alex, "user", "u1"), From("""{"model":"m","user":"u1","messages":[{"role":"user","content":"Hi"}]}""").Turn.SessionId);
        Assert.Equal(named.SessionId, From(Both).Turn.SessionId);
        Assert.NotEqual(named.SessionId, OpenAiTurn.NamedSession("bob", "metadata.session_id", "s1"));
        Assert.NotEqual(named.SessionId, OpenAiTurn.NamedSession(Alex, "user", "s1"));
    }

    [Theory]
    [InlineData("""{"messages":[{"role":"user","content":"Hi"}]}""", "model")]
    [InlineData("""{"model":"m","messages":[]}""", "messages")]
    [InlineData("""{"model":"m","n":2,"messages":[{"role":"user","content":"Hi"}]}""", "n")]
    [InlineData("""{"model":"m","logprobs":true,"messages":[{"role":"user","content":"Hi"}]}""", "logprobs")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]}""", "messages[1].role")]
    [InlineData("""{"model":"m","messages":[{"role":"narrator","content":"Once"},{"role":"user","content":"Hi"}]}""", "messages[0].role")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"x"}}]}]}""", "messages[0].content[0]")]
    [InlineData("""{"model":"m","temperature":1e308,"messages":[{"role":"user","content":"Hi"}]}""", "temperature")]
    [InlineData("""{"model":"m","temperature":2.5,"messages":[{"role":"user","content":"Hi"}]}""", "temperature")]
    [InlineData("""{"model":"m","top_p":1.5,"messages":[{"role":"user","content":"Hi"}]}""", "top_p")]
    [InlineData("""{"model":"m","presence_penalty":-3,"messages":[{"role":"user","content":"Hi"}]}""", "presence_penalty")]
    [InlineData("""{"model":"m","frequency_penalty":1e308,"messages":[{"role":"user","content":"Hi"}]}""", "frequency_penalty")]
    [InlineData("""{"model":"m","max_tokens":0,"messages":[{"role":"user","content":"Hi"}]}""", "max_tokens")]
    [InlineData("""{"model":"m","tools":[{"type":"retrieval"}],"messages":[{"role":"user","content":"Hi"}]}""", "tools[0].type")]
    [InlineData("""{"model":"m","tool_choice":"sometimes","messages":[{"role":"user","content":"Hi"}]}""", "tool_choice")]
    [InlineData("""{"model":"m","response_format":{"type":"yaml"},"messages":[{"role":"user","content":"Hi"}]}""", "response_format.type")]
    public void What_a_turn_cannot_honour_is_a_400_naming_the_field(string json, string param)
    {
        var refusal = Assert.IsType<Refusal.Invalid>(Read(json).Refusal);
        Assert.Equal(400, ProblemAnswer.StatusOf(refusal));
        Assert.Equal(param, refusal.Extensions["param"]);
    }

    [Fact]
    public void A_session_header_that_is_not_an_id_is_a_400_naming_the_header()
    {
        var refusal = Assert.IsType<Refusal.Invalid>(Read("""{"model":"m","messages":[{"role":"user","content":"Hi"}]}""", new OpenAiTurnHeaders("my-session", null, null)).Refusal);
        Assert.Equal((400, "X-Memory-Session"), (ProblemAnswer.StatusOf(refusal), refusal.Extensions["param"]));
    }

    [Fact]
    public void Sampling_settings_within_OpenAIs_ranges_tools_and_formats_reach_the_model_options()
    {
        var options = From("""
            {"model":"m","temperature":0.7,"top_p":1,"presence_penalty":-2,"frequency_penalty":2,"max_completion_tokens":50,"stop":"END","seed":7,
             "tools":[{"type":"function","function":{"name":"get_weather","description":"Weather","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}}],
             "tool_choice":{"type":"function","function":{"name":"get_weather"}},"response_format":{"type":"json_object"},
             "messages":[{"role":"user","content":"Hi"}]}
            """).Turn.Call!.Options!;

        Assert.Equal((0.7f, 1f, -2f, 2f, 50, 7L), (options.Temperature, options.TopP, options.PresencePenalty, options.FrequencyPenalty, options.MaxOutputTokens, options.Seed));
        Assert.Equal(["END"], options.StopSequences!);
        Assert.Equal("get_weather", Assert.IsAssignableFrom<AIFunctionDeclaration>(Assert.Single(options.Tools!)).Name);
        Assert.Equal("get_weather", Assert.IsType<RequiredChatToolMode>(options.ToolMode).RequiredFunctionName);
        Assert.Same(ChatResponseFormat.Json, options.ResponseFormat);
    }

    private static OpenAiTurn From(string json, OpenAiTurnHeaders? headers = null) =>
        Read(json, headers).Value ?? throw new InvalidOperationException(Read(json, headers).Refusal!.Detail);

    private static Outcome<OpenAiTurn> Read(string json, OpenAiTurnHeaders? headers = null) =>
        OpenAiTurn.From(Alex, JsonSerializer.Deserialize<ChatCompletionRequest>(json, OpenAiCompatibleApi.Json)!, headers ?? NoHeaders);
}
