using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace MemoryAspire.Stack.Tests;

/// <summary>
/// The official OpenAI JavaScript SDK (the <c>openai</c> npm package, run by node, unmodified but for base URL and key)
/// against the stack: the seed conversation plain and streamed, each in one session, a new session whose prompt holds the
/// user's facts, and the errors as the SDK raises them. <c>node/openai-client.mjs</c> does the calls; this test checks what
/// it saw and what the model received.
/// </summary>
[Collection(StackTests.Name)]
public sealed class OpenAiNodeClientTests(StackFixture stack)
{
    private const string SystemPrompt = "You are a terse consultant for retrieval systems (node).";
    private const string Question = "Which vector store should I tune first? (node)";

    [Fact]
    public async Task The_OpenAI_JavaScript_SDK_keeps_the_seed_conversation_in_one_session_plain_and_streamed_and_a_new_session_gets_the_facts()
    {
        var token = await OpenAiSdkUser.TokenAsync(stack, "oai-node");
        var seen = await NodeOpenAiClient.RunAsync(new
        {
            baseUrl = new Uri(stack.ChatApi.BaseAddress!, "/v1").ToString(),
            apiUrl = stack.ChatApi.BaseAddress!.ToString().TrimEnd('/'),
            token,
            seed = ConversationMemoryTests.SeedConversation,
            systemPrompt = SystemPrompt,
            question = Question,
        });

        using var api = await stack.ClientForAsync("oai-node");
        foreach (var run in new[] { "plain", "streamed" })
        {
            var session = seen.GetProperty(run).GetProperty("session").GetString()!;
            var turns = seen.GetProperty(run).GetProperty("turns").EnumerateArray().ToList();
            Assert.Equal(ConversationMemoryTests.SeedConversation.Select(m => $"Echo: {m}"), turns.Select(t => t.GetProperty("reply").GetString()!.Trim()));
            Assert.All(turns, t => Assert.Equal((session, session), (t.GetProperty("headerSession").GetString(), t.GetProperty("memorySession").GetString())));
            Assert.All(turns, t => Assert.Equal("stop", t.GetProperty("finish").GetString()));
            Assert.All(turns, t => Assert.Equal(OpenAiTestServer.CompletionTokens, t.GetProperty("usage").GetProperty("completion_tokens").GetInt32()));
            var messages = await api.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{session}/messages");
            Assert.Equal(12, messages.GetArrayLength());
            var usage = await api.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{session}/usage");
            Assert.Equal(6, usage.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("purpose").GetString() == "chat").GetProperty("calls").GetInt32());
        }

        var plain = seen.GetProperty("plain").GetProperty("turns")[0];
        Assert.Equal("chat.completion", plain.GetProperty("object").GetString());
        Assert.StartsWith("chatcmpl-", plain.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("strategy=summary;", plain.GetProperty("context").GetString(), StringComparison.Ordinal);
        var streamed = seen.GetProperty("streamed").GetProperty("turns")[0];
        Assert.Single(streamed.GetProperty("ids").EnumerateArray());
        Assert.True(streamed.GetProperty("chunks").GetInt32() > 3);
        Assert.NotEqual(seen.GetProperty("plain").GetProperty("session").GetString(), seen.GetProperty("streamed").GetProperty("session").GetString());

        // Both seeds' sixth prompts: ChromaDB from the summary, the client's system prompt first, nothing sent twice.
        var sixth = stack.Model.ChatPrompts.Where(p => p.LastUser == ConversationMemoryTests.SeedConversation[5] && p.Messages[0].Content.StartsWith(SystemPrompt, StringComparison.Ordinal)).ToList();
        Assert.Equal([false, true], sixth.TakeLast(2).Select(p => p.Stream));
        foreach (var prompt in sixth.TakeLast(2))
        {
            Assert.Contains("ChromaDB", prompt.Text, StringComparison.Ordinal);
            Assert.Contains(prompt.Messages, m => m.Content.StartsWith("[Conversation history summary]: ", StringComparison.Ordinal));
            Assert.DoesNotContain(prompt.Messages, m => m.Role == "user" && m.Content == ConversationMemoryTests.SeedConversation[0]);
        }

        var fresh = seen.GetProperty("fresh");
        Assert.Equal($"Echo: {Question}", fresh.GetProperty("reply").GetString()!.Trim());
        Assert.Contains("name=Alex", fresh.GetProperty("facts").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("vector store=ChromaDB", fresh.GetProperty("facts").EnumerateArray().Select(f => f.GetString()));
        var freshPrompt = stack.Model.ChatPrompts.Last(p => p.LastUser == Question);
        Assert.Contains(freshPrompt.Messages, m => m.Content.StartsWith("[User profile]: ", StringComparison.Ordinal) && m.Content.Contains("Vector store: \"ChromaDB\"", StringComparison.Ordinal));

        var errors = seen.GetProperty("errors");
        Assert.Equal((401, "invalid_api_key"), (errors.GetProperty("unauthorized").GetProperty("status").GetInt32(), errors.GetProperty("unauthorized").GetProperty("code").GetString()));
        Assert.Equal((404, "model_not_found", "model"), (errors.GetProperty("unknownModel").GetProperty("status").GetInt32(),
            errors.GetProperty("unknownModel").GetProperty("code").GetString(), errors.GetProperty("unknownModel").GetProperty("param").GetString()));
        Assert.Equal((502, "server_error"), (errors.GetProperty("modelFails").GetProperty("status").GetInt32(), errors.GetProperty("modelFails").GetProperty("type").GetString()));
        Assert.Equal(502, errors.GetProperty("modelFailsStreamed").GetProperty("status").GetInt32());
        Assert.Equal(["gpt-4o", "gpt-4o-mini"], seen.GetProperty("models").EnumerateArray().Select(m => m.GetString()));
    }
}

/// <summary>
/// Runs <c>node/openai-client.mjs</c> with the <c>openai</c> package that <c>node/install.sh</c> installs (the version
/// <c>node/package.json</c> pins) when it is missing: a fresh machine gets it from the npm registry, and a machine that
/// cannot reach it fails here with npm's own words.
/// </summary>
public static class NodeOpenAiClient
{
    /// <summary>The test project's <c>node</c> folder, found from the test assembly's folder up.</summary>
    public static string Folder { get; } = FindFolder();

    public static async Task<JsonElement> RunAsync(object input)
    {
        var (installed, installOutput) = await RunProcessAsync("bash", ["install.sh"], null, TimeSpan.FromMinutes(5));
        Assert.True(installed == 0,
            $"Installing the OpenAI JavaScript SDK failed (npm install in {Folder}, exit {installed}); the test needs node, npm and the npm registry "
            + $"(scripts/install-prerequisites.sh --for-tests does the same):{Environment.NewLine}{installOutput}");
        var (exit, output) = await RunProcessAsync("node", ["openai-client.mjs"], JsonSerializer.Serialize(input), TimeSpan.FromMinutes(5));
        Assert.True(exit == 0, $"node openai-client.mjs exited {exit}:{Environment.NewLine}{output}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static async Task<(int Exit, string Output)> RunProcessAsync(string file, string[] arguments, string? stdin, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin ?? "");
        process.StandardInput.Close();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{file} did not finish within {timeout.TotalSeconds:0} s: {await error}");
        }

        return (process.ExitCode, process.ExitCode == 0 ? await output : $"{await output}{Environment.NewLine}{await error}");
    }

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var folder = Path.Combine(directory.FullName, "node");
            if (File.Exists(Path.Combine(folder, "openai-client.mjs")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException($"No node/openai-client.mjs above {AppContext.BaseDirectory}.");
    }
}
