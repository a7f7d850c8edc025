using System.ClientModel;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenAI.Chat;

namespace MemoryAspire.Stack.Tests;

/// <summary>
/// The OpenAI-compatible endpoint through the OpenAI .NET SDK, unmodified but for its base URL and key: the seed
/// conversation in one session, plain and streamed, and a new session whose prompt holds the user's facts; the model
/// named, tools and response formats passed through, tool calls stored; errors; usage; idempotent retries.
/// </summary>
[Collection(StackTests.Name)]
public sealed class OpenAiCompatibleTests(StackFixture stack)
{
    private const string ClientSystemPrompt = "You are a terse consultant for retrieval systems.";
    private const string NewSessionQuestion = "Which vector store should I tune first?";

    [Fact]
    public async Task The_seed_conversation_through_the_dotnet_SDK_keeps_its_memory_and_a_new_session_gets_the_users_facts()
    {
        var alex = await OpenAiSdkUser.CreateAsync(stack, "oai-dotnet-seed");
        var chat = alex.Client.GetChatClient("gpt-4o");
        using var api = await stack.ClientForAsync("oai-dotnet-seed");
        alex.Headers.Strategy = "summary";
        List<ChatMessage> conversation = [new SystemChatMessage(ClientSystemPrompt)];
        ClientResult<ChatCompletion> last = null!;
        foreach (var message in ConversationMemoryTests.SeedConversation)
        {
            // Like any OpenAI client, it sends the whole conversation every time; the session header keeps it in one session.
            conversation.Add(new UserChatMessage(message));
            last = await chat.CompleteChatAsync(conversation);
            alex.Headers.Session ??= alex.Headers.LastSession;
            Assert.Equal(alex.Headers.Session, alex.Headers.LastSession);
            Assert.Equal($"Echo: {message}", last.Value.Content[0].Text);
            conversation.Add(new AssistantChatMessage(last.Value));
            await api.WaitForMemoryJobsAsync(alex.Headers.Session!);
        }

        var sessionId = alex.Headers.Session!;
        AssertSeedPrompt(stack.Model.ChatPrompts.Last(p => p.LastUser == ConversationMemoryTests.SeedConversation[5]));
        Assert.Equal(OpenAiTestServer.PromptTokens, last.Value.Usage.InputTokenCount);
        Assert.Equal(OpenAiTestServer.CompletionTokens, last.Value.Usage.OutputTokenCount);
        Assert.Equal(ChatFinishReason.Stop, last.Value.FinishReason);
        Assert.StartsWith("strategy=summary; effective=summary; tokens=", alex.Headers.LastContext, StringComparison.Ordinal);
        var memory = JsonDocument.Parse(last.GetRawResponse().Content).RootElement.GetProperty("memory");
        Assert.Equal(sessionId, memory.GetProperty("sessionId").GetString());
        Assert.Equal($"chatcmpl-{Guid.Parse(memory.GetProperty("userMessageId").GetString()!):N}", last.Value.Id);
        Assert.True(memory.GetProperty("context").GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "summary").GetProperty("included").GetBoolean());

        // Stored once each: the client's resent history is not stored again.
        var messages = await api.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/messages");
        Assert.Equal(12, messages.GetArrayLength());
        Assert.Equal(ConversationMemoryTests.SeedConversation, messages.EnumerateArray().Where(m => m.GetProperty("role").GetString() == "user").Select(m => m.GetProperty("content").GetString()));
        await AssertChatUsageAsync(api, sessionId, "gpt-4o", 6);

        // A new session (no header): the prompt holds the facts of the first, and the client's system prompt first.
        (alex.Headers.Session, alex.Headers.Strategy) = (null, null);
        const string Question = NewSessionQuestion + " (.NET)";
        var fresh = await chat.CompleteChatAsync([new SystemChatMessage(ClientSystemPrompt), new UserChatMessage(Question)]);
        Assert.NotEqual(sessionId, alex.Headers.LastSession);
        var prompt = stack.Model.ChatPrompts.Last(p => p.LastUser == Question);
        AssertProfilePrompt(prompt);
        Assert.StartsWith(ClientSystemPrompt + "\n\n", prompt.Messages[0].Content, StringComparison.Ordinal);
        Assert.Contains("profile=", alex.Headers.LastContext, StringComparison.Ordinal);
        Assert.Equal($"Echo: {Question}", fresh.Value.Content[0].Text);
    }

    [Fact]
    public async Task The_seed_conversation_streamed_through_the_dotnet_SDK_in_a_session_named_by_user_keeps_its_memory()
    {
        var alex = await OpenAiSdkUser.CreateAsync(stack, "oai-dotnet-stream");
        var chat = alex.Client.GetChatClient("gpt-4o");
        using var api = await stack.ClientForAsync("oai-dotnet-stream");
        alex.Headers.Strategy = "summary";
        // No header: the request's 'user' names the session, so the same name reaches it on every turn.
        var options = new ChatCompletionOptions { EndUserId = "alex-rag-project" };
        List<ChatMessage> conversation = [new SystemChatMessage(ClientSystemPrompt)];
        string? sessionId = null;
        foreach (var message in ConversationMemoryTests.SeedConversation)
        {
            conversation.Add(new UserChatMessage(message));
            var (text, usage, finish) = await StreamAsync(chat, conversation, options);
            Assert.Equal($"Echo: {message}", text.Trim());
            Assert.Equal(OpenAiTestServer.CompletionTokens, usage!.OutputTokenCount);
            Assert.Equal(ChatFinishReason.Stop, finish);
            sessionId ??= alex.Headers.LastSession;
            Assert.Equal(sessionId, alex.Headers.LastSession);
            conversation.Add(new AssistantChatMessage(text));
            await api.WaitForMemoryJobsAsync(sessionId!);
        }

        AssertSeedPrompt(stack.Model.ChatPrompts.Last(p => p.LastUser == ConversationMemoryTests.SeedConversation[5] && p.Stream));
        var messages = await api.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/messages");
        Assert.Equal(12, messages.GetArrayLength());
        await AssertChatUsageAsync(api, sessionId!, "gpt-4o", 6);

        // Another name, another session: its prompt holds the facts.
        alex.Headers.Strategy = null;
        const string Question = NewSessionQuestion + " (.NET, streamed)";
        var (answer, _, _) = await StreamAsync(chat, [new SystemChatMessage(ClientSystemPrompt), new UserChatMessage(Question)],
            new ChatCompletionOptions { EndUserId = "alex-new-topic" });
        Assert.NotEqual(sessionId, alex.Headers.LastSession);
        Assert.Equal($"Echo: {Question}", answer.Trim());
        AssertProfilePrompt(stack.Model.ChatPrompts.Last(p => p.LastUser == Question));
        Assert.Equal(2, (await api.GetFromJsonAsync<JsonElement>("/api/v1/sessions")).GetArrayLength());
    }

    [Fact]
    public async Task A_streamed_completion_is_OpenAI_chunks_then_DONE_with_a_usage_chunk_only_when_asked_and_the_memory_report_on_the_last_choice()
    {
        using var raw = new HttpClient { BaseAddress = stack.ChatApi.BaseAddress };
        raw.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await OpenAiSdkUser.TokenAsync(stack, "oai-sse"));
        foreach (var includeUsage in new[] { false, true })
        {
            var question = $"Stream it, usage {includeUsage}";
            var body = new JsonObject
            {
                ["model"] = "gpt-4o", ["stream"] = true, ["stream_options"] = new JsonObject { ["include_usage"] = includeUsage },
                ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = question }),
            };
            using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await raw.PostAsync("/v1/chat/completions", content);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            var session = response.Headers.GetValues("X-Memory-Session").Single();
            Assert.StartsWith("strategy=hybrid; effective=", response.Headers.GetValues("X-Memory-Context").Single(), StringComparison.Ordinal);

            var events = (await response.Content.ReadAsStringAsync()).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.All(events, e => Assert.StartsWith("data: ", e, StringComparison.Ordinal));
            Assert.Equal("data: [DONE]", events[^1]);
            var chunks = events[..^1].Select(e => JsonDocument.Parse(e[6..]).RootElement).ToList();
            Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c.GetProperty("object").GetString()));
            Assert.Single(chunks.Select(c => c.GetProperty("id").GetString()).Distinct());
            Assert.Equal("assistant", chunks[0].GetProperty("choices")[0].GetProperty("delta").GetProperty("role").GetString());
            var choices = chunks.SelectMany(c => c.GetProperty("choices").EnumerateArray()).ToList();
            Assert.Equal($"Echo: {question}", string.Concat(choices.Select(c => c.GetProperty("delta").TryGetProperty("content", out var text) ? text.GetString() : "")).Trim());

            // One chunk finishes the choice and carries the memory report; with include_usage one more, choices empty, carries usage.
            var finished = Assert.Single(chunks, c => c.GetProperty("choices").EnumerateArray().Any(ch => ch.GetProperty("finish_reason").ValueKind == JsonValueKind.String));
            Assert.Equal("stop", finished.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
            Assert.Equal(session, finished.GetProperty("memory").GetProperty("sessionId").GetString());
            var withUsage = chunks.Where(c => c.GetProperty("usage").ValueKind == JsonValueKind.Object).ToList();
            if (includeUsage)
            {
                var usage = Assert.Single(withUsage);
                Assert.Equal(chunks.Count - 1, chunks.FindIndex(c => c.GetProperty("usage").ValueKind == JsonValueKind.Object));
                Assert.Empty(usage.GetProperty("choices").EnumerateArray());
                Assert.Equal((OpenAiTestServer.PromptTokens, OpenAiTestServer.CompletionTokens),
                    (usage.GetProperty("usage").GetProperty("prompt_tokens").GetInt32(), usage.GetProperty("usage").GetProperty("completion_tokens").GetInt32()));
            }
            else
            {
                Assert.Empty(withUsage);
            }
        }
    }

    [Fact]
    public async Task The_model_a_request_names_answers_and_the_models_list_holds_both_configured_models()
    {
        var user = await OpenAiSdkUser.CreateAsync(stack, "oai-models");
        var models = (await user.Client.GetOpenAIModelClient().GetModelsAsync()).Value.Select(m => m.Id).ToList();
        Assert.Equal(["gpt-4o", "gpt-4o-mini"], models);
        Assert.Equal("gpt-4o-mini", (await user.Client.GetOpenAIModelClient().GetModelAsync("gpt-4o-mini")).Value.Id);

        var completion = (await user.Client.GetChatClient("gpt-4o-mini").CompleteChatAsync([new UserChatMessage("Answer with the small model, please.")])).Value;
        Assert.Equal("gpt-4o-mini", completion.Model);
        Assert.Equal("gpt-4o-mini", stack.Model.ChatPrompts.Last(p => p.LastUser == "Answer with the small model, please.").Model);
        using var api = await stack.ClientForAsync("oai-models");
        var reply = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{user.Headers.LastSession}/messages"))[1];
        Assert.Equal("gpt-4o-mini", reply.GetProperty("model").GetString());

        var unknown = await Assert.ThrowsAsync<ClientResultException>(() => user.Client.GetChatClient("gpt-imaginary").CompleteChatAsync([new UserChatMessage("Hello?")]));
        Assert.Equal(404, unknown.Status);
        var error = ErrorOf(unknown);
        Assert.Equal(("invalid_request_error", "model_not_found", "model"), (error.GetProperty("type").GetString(), error.GetProperty("code").GetString(), error.GetProperty("param").GetString()));
        Assert.Contains("gpt-4o, gpt-4o-mini", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        // Nothing of a refused request is stored.
        Assert.Single((await api.GetFromJsonAsync<JsonElement>("/api/v1/sessions")).EnumerateArray());
    }

    [Fact]
    public async Task Tools_and_response_formats_reach_the_model_as_given_and_a_tool_call_is_returned_and_stored()
    {
        var user = await OpenAiSdkUser.CreateAsync(stack, "oai-tools");
        var chat = user.Client.GetChatClient("gpt-4o");
        const string Parameters = """{"type":"object","properties":{"city":{"type":"string","description":"A city name"},"unit":{"type":"string","enum":["celsius","fahrenheit"]}},"required":["city"],"additionalProperties":false}""";
        var options = new ChatCompletionOptions { ToolChoice = ChatToolChoice.CreateAutoChoice() };
        options.Tools.Add(ChatTool.CreateFunctionTool("get_weather", "The weather in a city now.", BinaryData.FromString(Parameters)));

        var called = (await chat.CompleteChatAsync([new UserChatMessage("#tool What is the weather in Paris?")], options)).Value;
        Assert.Equal(ChatFinishReason.ToolCalls, called.FinishReason);
        var call = Assert.Single(called.ToolCalls);
        Assert.Equal((OpenAiTestServer.ToolCallId, "get_weather", OpenAiTestServer.ToolArguments), (call.Id, call.FunctionName, call.FunctionArguments.ToString()));
        var prompt = stack.Model.ChatPrompts.Last(p => p.LastUser == "#tool What is the weather in Paris?");
        var tool = Assert.Single(prompt.Tools!.AsArray())!;
        Assert.Equal("function", tool["type"]!.GetValue<string>());
        Assert.Equal("get_weather", tool["function"]!["name"]!.GetValue<string>());
        Assert.Equal("The weather in a city now.", tool["function"]!["description"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Parameters), tool["function"]!["parameters"]), tool.ToJsonString());
        Assert.Equal("auto", prompt.ToolChoice!.GetValue<string>());

        using var api = await stack.ClientForAsync("oai-tools");
        var session = user.Headers.LastSession;
        var stored = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{session}/messages"))[1].GetProperty("content").GetString();
        Assert.Equal($"[tool call {OpenAiTestServer.ToolCallId}: get_weather({OpenAiTestServer.ToolArguments})]", stored);

        // Streamed: the call comes as one chunk after the model's, with the same name and arguments.
        user.Headers.Session = session;
        StreamingChatToolCallUpdate? streamed = null;
        var arguments = new StringBuilder();
        ChatFinishReason? finish = null;
        await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage("#tool And in Lyon, streamed?")], options))
        {
            foreach (var piece in update.ToolCallUpdates)
            {
                streamed ??= piece;
                arguments.Append(piece.FunctionArgumentsUpdate?.ToString());
            }

            finish ??= update.FinishReason;
        }

        Assert.Equal(ChatFinishReason.ToolCalls, finish);
        Assert.Equal((OpenAiTestServer.ToolCallId, "get_weather"), (streamed!.ToolCallId, streamed.FunctionName));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(OpenAiTestServer.ToolArguments), JsonNode.Parse(arguments.ToString())), arguments.ToString());
        Assert.Equal(4, (await api.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{session}/messages")).GetArrayLength());

        // A response format reaches the model as given.
        const string Schema = """{"type":"object","properties":{"answer":{"type":"string"}},"required":["answer"],"additionalProperties":false}""";
        var formatted = new ChatCompletionOptions { ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat("answer", BinaryData.FromString(Schema), "One answer.") };
        await chat.CompleteChatAsync([new UserChatMessage("Answer in JSON, please.")], formatted);
        var format = stack.Model.ChatPrompts.Last(p => p.LastUser == "Answer in JSON, please.").ResponseFormat!;
        Assert.Equal("json_schema", format["type"]!.GetValue<string>());
        Assert.Equal("answer", format["json_schema"]!["name"]!.GetValue<string>());
        Assert.Equal("One answer.", format["json_schema"]!["description"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Schema), format["json_schema"]!["schema"]), format.ToJsonString());
        await chat.CompleteChatAsync([new UserChatMessage("Any JSON object, please.")], new ChatCompletionOptions { ResponseFormat = ChatResponseFormat.CreateJsonObjectFormat() });
        Assert.Equal("json_object", stack.Model.ChatPrompts.Last(p => p.LastUser == "Any JSON object, please.").ResponseFormat!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Errors_are_OpenAI_error_objects_with_the_status_an_SDK_expects()
    {
        // 401: not a token.
        var stranger = OpenAiSdkUser.For(stack, "sk-not-a-memoryaspire-token", out _).GetChatClient("gpt-4o");
        var unauthorized = await Assert.ThrowsAsync<ClientResultException>(() => stranger.CompleteChatAsync([new UserChatMessage("Hello")]));
        Assert.Equal(401, unauthorized.Status);
        Assert.Equal("invalid_api_key", ErrorOf(unauthorized).GetProperty("code").GetString());

        // 404: another user's session.
        var alex = await OpenAiSdkUser.CreateAsync(stack, "oai-errors-alex");
        await alex.Client.GetChatClient("gpt-4o").CompleteChatAsync([new UserChatMessage("My session, not yours.")]);
        var bob = await OpenAiSdkUser.CreateAsync(stack, "oai-errors-bob");
        bob.Headers.Session = alex.Headers.LastSession;
        var notFound = await Assert.ThrowsAsync<ClientResultException>(() => bob.Client.GetChatClient("gpt-4o").CompleteChatAsync([new UserChatMessage("Let me in.")]));
        Assert.Equal(404, notFound.Status);
        Assert.Equal(("invalid_request_error", "not_found"), (ErrorOf(notFound).GetProperty("type").GetString(), ErrorOf(notFound).GetProperty("code").GetString()));
        bob.Headers.Session = "not-a-guid";
        var badSession = await Assert.ThrowsAsync<ClientResultException>(() => bob.Client.GetChatClient("gpt-4o").CompleteChatAsync([new UserChatMessage("Hello")]));
        Assert.Equal((400, "X-Memory-Session"), (badSession.Status, ErrorOf(badSession).GetProperty("param").GetString()));
        bob.Headers.Session = null;

        // 413: a message over 32 KiB.
        var tooLarge = await Assert.ThrowsAsync<ClientResultException>(() => bob.Client.GetChatClient("gpt-4o").CompleteChatAsync([new UserChatMessage(new string('x', 33_000))]));
        Assert.Equal(413, tooLarge.Status);

        // 400: the last message is not the user's; a missing model; a character memory cannot store.
        var toolResult = await Assert.ThrowsAsync<ClientResultException>(() => bob.Client.GetChatClient("gpt-4o").CompleteChatAsync(
            [new UserChatMessage("Weather?"), new AssistantChatMessage([ChatToolCall.CreateFunctionToolCall("call_1", "get_weather", BinaryData.FromString("{}"))]), new ToolChatMessage("call_1", "sunny")]));
        Assert.Equal((400, "messages[2].role"), (toolResult.Status, ErrorOf(toolResult).GetProperty("param").GetString()));
        using var raw = new HttpClient { BaseAddress = stack.ChatApi.BaseAddress };
        raw.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bob.Token);
        var (status, error) = await PostAsync(raw, """{"messages":[{"role":"user","content":"Hello"}]}""");
        Assert.Equal((400, "model"), (status, error.GetProperty("param").GetString()));
        (status, error) = await PostAsync(raw, """{"model":"gpt-4o","messages":[{"role":"user","content":[{"type":"text","text":"Hel\u0000lo"}]}]}""");
        Assert.Equal((400, "messages[0].content[0].text"), (status, error.GetProperty("param").GetString()));
        Assert.Contains("U+0000", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        // 502 and 504: the model failing or not answering in time; the message is kept, streamed or not.
        var failing = await Assert.ThrowsAsync<ClientResultException>(() => bob.Client.GetChatClient("gpt-4o").CompleteChatAsync([new UserChatMessage("Please #fail")]));
        Assert.Equal((502, "server_error"), (failing.Status, ErrorOf(failing).GetProperty("type").GetString()));
        var failingStream = await Assert.ThrowsAsync<ClientResultException>(async () =>
        {
            await foreach (var _ in bob.Client.GetChatClient("gpt-4o").CompleteChatStreamingAsync([new UserChatMessage("Streamed #fail")]))
            {
            }
        });
        Assert.Equal(502, failingStream.Status);
        var slow = await Assert.ThrowsAsync<ClientResultException>(() => bob.Client.GetChatClient("gpt-4o").CompleteChatAsync([new UserChatMessage("Please be #slow")]));
        Assert.Equal((504, "model_timeout"), (slow.Status, ErrorOf(slow).GetProperty("code").GetString()));
        using var api = await stack.ClientForAsync("oai-errors-bob");
        var kept = (await api.GetFromJsonAsync<JsonElement>("/api/v1/sessions")).EnumerateArray().Select(s => s.GetProperty("title").GetString()).ToList();
        Assert.Contains("Please #fail", kept);
        Assert.Contains("Please be #slow", kept);

        // 429 with Retry-After: the per-user limit counts these requests like any chat request.
        var hasty = await OpenAiSdkUser.CreateAsync(stack, "oai-errors-hasty");
        using var hastyRaw = new HttpClient { BaseAddress = stack.ChatApi.BaseAddress };
        hastyRaw.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", hasty.Token);
        for (var i = 0; i < 2 * StackFixture.RequestsPerMinute && status != 429; i++)
        {
            (status, error) = await PostAsync(hastyRaw, """{"model":"gpt-4o","messages":[]}""");
        }

        var limited = await Assert.ThrowsAsync<ClientResultException>(() => hasty.Client.GetChatClient("gpt-4o").CompleteChatAsync([new UserChatMessage("One more")]));
        Assert.Equal((429, "rate_limit_exceeded"), (limited.Status, ErrorOf(limited).GetProperty("code").GetString()));
        Assert.True(int.Parse(hasty.Headers.LastRetryAfter!, System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);

        // Routing's own answers on these paths are OpenAI errors too.
        using var missing = await raw.GetAsync("/v1/no-such-route");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var nobody = new HttpClient { BaseAddress = stack.ChatApi.BaseAddress };
        using var anonymous = await nobody.GetAsync("/v1/models");
        Assert.Equal("application/json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal("invalid_api_key", JsonDocument.Parse(await anonymous.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_retry_with_the_same_Idempotency_Key_answers_the_same_completion_without_storing_the_turn_twice()
    {
        var user = await OpenAiSdkUser.CreateAsync(stack, "oai-idempotent");
        var chat = user.Client.GetChatClient("gpt-4o");
        user.Headers.IdempotencyKey = "turn-1";
        var first = await chat.CompleteChatAsync([new UserChatMessage("Remember that I ride a bike to work.")]);
        var session = user.Headers.LastSession;
        var again = await chat.CompleteChatAsync([new UserChatMessage("Remember that I ride a bike to work.")]);
        Assert.Equal(first.Value.Id, again.Value.Id);
        Assert.Equal(first.Value.Content[0].Text, again.Value.Content[0].Text);
        Assert.Equal(session, user.Headers.LastSession);
        Assert.False(JsonDocument.Parse(first.GetRawResponse().Content).RootElement.GetProperty("memory").GetProperty("replayed").GetBoolean());
        Assert.True(JsonDocument.Parse(again.GetRawResponse().Content).RootElement.GetProperty("memory").GetProperty("replayed").GetBoolean());

        // Streamed, the replay is the same text.
        var (text, _, _) = await StreamAsync(chat, [new UserChatMessage("Remember that I ride a bike to work.")], new ChatCompletionOptions());
        Assert.Equal(first.Value.Content[0].Text, text);
        using var api = await stack.ClientForAsync("oai-idempotent");
        Assert.Equal(2, (await api.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{session}/messages")).GetArrayLength());

        // The same key for another request is refused.
        var reused = await Assert.ThrowsAsync<ClientResultException>(() => chat.CompleteChatAsync([new UserChatMessage("Something else entirely.")]));
        Assert.Equal(422, reused.Status);
    }

    /// <summary>The seed's sixth prompt: ChromaDB is there (from the summary), the first message is not verbatim, the client's system prompt leads, nothing is doubled.</summary>
    private static void AssertSeedPrompt(CapturedPrompt prompt)
    {
        Assert.Contains("ChromaDB", prompt.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(prompt.Messages, m => m.Role == "user" && m.Content == ConversationMemoryTests.SeedConversation[0]);
        Assert.Contains(prompt.Messages, m => m.Role == "system" && m.Content.StartsWith("[Conversation history summary]: ", StringComparison.Ordinal));
        Assert.StartsWith(ClientSystemPrompt + "\n\nYou are a helpful assistant with memory", prompt.Messages[0].Content, StringComparison.Ordinal);
        Assert.Single(prompt.Messages, m => m.Content.Contains(ClientSystemPrompt, StringComparison.Ordinal));
        foreach (var message in ConversationMemoryTests.SeedConversation)
        {
            Assert.True(prompt.Messages.Count(m => m.Role == "user" && m.Content == message) <= 1, $"'{message}' is in the prompt twice");
        }
    }

    private static void AssertProfilePrompt(CapturedPrompt prompt) =>
        Assert.Contains(prompt.Messages, m => m.Role == "system" && m.Content.StartsWith("[User profile]: ", StringComparison.Ordinal)
            && m.Content.Contains("Name: \"Alex\"", StringComparison.Ordinal) && m.Content.Contains("Vector store: \"ChromaDB\"", StringComparison.Ordinal));

    /// <summary>The usage endpoint counts the session's replies (model, calls, the tokens the model reported).</summary>
    private static async Task AssertChatUsageAsync(HttpClient api, string sessionId, string model, int calls)
    {
        var usage = await api.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/usage");
        var chat = usage.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("purpose").GetString() == "chat");
        Assert.Equal(model, chat.GetProperty("model").GetString());
        Assert.Equal(calls, chat.GetProperty("calls").GetInt32());
        Assert.Equal(calls * (long)OpenAiTestServer.PromptTokens, chat.GetProperty("inputTokens").GetInt64());
        Assert.Equal(calls * (long)OpenAiTestServer.CompletionTokens, chat.GetProperty("outputTokens").GetInt64());
    }

    private static async Task<(string Text, ChatTokenUsage? Usage, ChatFinishReason? Finish)> StreamAsync(ChatClient chat, IEnumerable<ChatMessage> messages, ChatCompletionOptions options)
    {
        var text = new StringBuilder();
        ChatTokenUsage? usage = null;
        ChatFinishReason? finish = null;
        await foreach (var update in chat.CompleteChatStreamingAsync(messages, options))
        {
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }

            usage ??= update.Usage;
            finish ??= update.FinishReason;
        }

        return (text.ToString(), usage, finish);
    }

    private static JsonElement ErrorOf(ClientResultException exception) =>
        JsonDocument.Parse(exception.GetRawResponse()!.Content).RootElement.GetProperty("error");

    private static async Task<(int Status, JsonElement Error)> PostAsync(HttpClient client, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/v1/chat/completions", content);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return ((int)response.StatusCode, body.GetProperty("error").Clone());
    }
}
