using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace MemoryAspire.Stack.Tests;

public sealed class OfflineProviderTests(OfflineStackFixture stack, ITestOutputHelper output) : IClassFixture<OfflineStackFixture>
{
    [Fact]
    public Task Hostile_chat_messages_get_no_5xx_from_the_offline_extractor_summarizer_and_reply_and_read_back_byte_for_byte() =>
        HostileInputFuzzTests.FuzzAsync(stack, output, "offline", operation => operation.IsChat, (fuzzer, operation) => fuzzer.RunMessagesAsync(operation), minimumCases: 400);

    [Fact]
    public async Task Without_a_model_the_offline_provider_says_so_and_answers_from_memory()
    {
        using var client = await stack.ClientForAsync("offline-alex");
        string? sessionId = null;
        foreach (var message in ConversationMemoryTests.SeedConversation[..5])
        {
            sessionId = (await client.ChatAsync(message, sessionId)).GetProperty("sessionId").GetString();
            await client.WaitForMemoryJobsAsync(sessionId!);
        }

        var last = await client.ChatAsync(ConversationMemoryTests.SeedConversation[5], sessionId);
        Assert.Equal("offline", last.GetProperty("provider").GetString());
        Assert.True(last.GetProperty("offline").GetBoolean());
        var reply = last.GetProperty("reply").GetString()!;
        Assert.Contains("offline", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ChromaDB", reply, StringComparison.Ordinal);
        Assert.Empty(stack.Model.Prompts);

        var facts = await client.GetFromJsonAsync<JsonElement>("/api/v1/memory/facts");
        Assert.Contains(facts.EnumerateArray(), f => f.GetProperty("key").GetString() == "name" && f.GetProperty("value").GetString() == "Alex" && f.GetProperty("extractor").GetString() == "offline-rules");
    }
}
