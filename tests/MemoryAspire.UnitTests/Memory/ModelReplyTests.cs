using System.Runtime.CompilerServices;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Models;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MemoryAspire.UnitTests.Memory;

public sealed class ModelReplyTests
{
    /// <summary>A model that says "Hello there" in two pieces, or throws <paramref name="failure"/> after the first; it keeps the options it was given.</summary>
    private sealed class ScriptedModel(Exception? failure = null) : IChatClient
    {
        public ChatOptions? Options { get; private set; }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Options = options;
            return failure is null ? Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Hello there"))) : Task.FromException<ChatResponse>(failure);
        }

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Options = options;
            yield return new ChatResponseUpdate(ChatRole.Assistant, "Hello");
            await Task.Yield();
            if (failure is not null)
            {
                throw failure;
            }

            yield return new ChatResponseUpdate(ChatRole.Assistant, " there");
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "Hi")];

    private static ModelReply Reply() => new(Options.Create(new MemoryOptions()), NullLogger<ModelReply>.Instance);

    private static TurnModel Model(IChatClient client) => new(client, "gpt-4o", ModelProviders.OpenAI, IsOffline: false);

    [Fact]
    public async Task A_reply_is_capped_at_1000_tokens_unless_the_client_says_otherwise_and_the_clients_options_are_not_changed()
    {
        var model = new ScriptedModel();
        await Reply().GetAsync(Model(model), Prompt, null, CancellationToken.None);
        Assert.Equal(1000, model.Options?.MaxOutputTokens);

        var given = new ChatOptions { MaxOutputTokens = 50, Temperature = 0.2f };
        await Reply().GetAsync(Model(model), Prompt, given, CancellationToken.None);
        Assert.Equal((50, 0.2f), (model.Options?.MaxOutputTokens, model.Options?.Temperature));
        Assert.NotSame(given, model.Options);

        var uncapped = new ChatOptions();
        await Reply().GetAsync(Model(model), Prompt, uncapped, CancellationToken.None);
        Assert.Null(uncapped.MaxOutputTokens);
    }

    [Fact]
    public async Task Whatever_the_models_client_throws_is_the_models_failure_and_says_the_message_is_stored()
    {
        var reply = await Reply().GetAsync(Model(new ScriptedModel(new HttpRequestException("refused"))), Prompt, null, CancellationToken.None);

        var failed = Assert.IsType<Refusal.ModelFailed>(reply.Refusal);
        Assert.False(failed.TimedOut);
        Assert.Contains("(openai, gpt-4o) failed: HttpRequestException", failed.Detail, StringComparison.Ordinal);
        Assert.Contains("Your message is stored", failed.Detail, StringComparison.Ordinal);

        var timedOut = await Reply().GetAsync(Model(new ScriptedModel(new TimeoutException())), Prompt, null, CancellationToken.None);
        Assert.True(Assert.IsType<Refusal.ModelFailed>(timedOut.Refusal).TimedOut);
    }

    [Fact]
    public async Task A_caller_that_went_away_is_not_the_models_failure()
    {
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() =>
            Reply().GetAsync(Model(new ScriptedModel(new OperationCanceledException(gone.Token))), Prompt, null, gone.Token));
    }

    [Fact]
    public async Task A_streamed_reply_is_its_pieces_then_the_whole_response_or_the_failure()
    {
        var parts = await PartsAsync(new ScriptedModel());
        Assert.Equal(["Hello", " there"], parts.OfType<ReplyPart.Text>().Select(t => t.Value));
        Assert.Equal("Hello there", Assert.IsType<ReplyPart.Done>(parts[^1]).Response.Text);

        var broken = await PartsAsync(new ScriptedModel(new HttpRequestException("reset")));
        Assert.Equal("Hello", Assert.IsType<ReplyPart.Text>(Assert.Single(broken, p => p is ReplyPart.Text)).Value);
        Assert.False(Assert.IsType<ReplyPart.Failed>(broken[^1]).Refusal.TimedOut);
    }

    private static async Task<List<ReplyPart>> PartsAsync(IChatClient client)
    {
        List<ReplyPart> parts = [];
        await foreach (var part in Reply().StreamAsync(Model(client), Prompt, null, CancellationToken.None))
        {
            parts.Add(part);
        }

        return parts;
    }
}
