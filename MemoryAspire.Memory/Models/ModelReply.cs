using System.Runtime.CompilerServices;
using MemoryAspire.Memory.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory.Models;

/// <summary>A streamed reply as it comes: pieces of its text, then the whole response or the model's failure.</summary>
public abstract record ReplyPart
{
    public sealed record Text(string Value) : ReplyPart;

    public sealed record Done(ChatResponse Response) : ReplyPart;

    public sealed record Failed(Refusal.ModelFailed Refusal) : ReplyPart;
}

/// <summary>
/// A turn's model call, within the deployment's timeout. Whatever the model's client throws is the model's failure (a refusal
/// that says the message is stored), unless the caller went away.
/// </summary>
public sealed partial class ModelReply(IOptions<MemoryOptions> options, ILogger<ModelReply> logger)
{
    /// <summary>How many tokens a reply may take when the client does not say.</summary>
    public const int DefaultMaxOutputTokens = 1000;

    public async Task<Outcome<ChatResponse>> GetAsync(TurnModel model, IEnumerable<ChatMessage> prompt, ChatOptions? given, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var timeout = Timeout(cancellationToken);
        try
        {
            return await model.Client.GetResponseAsync(prompt, Options(given), timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return Failure(e, model, timeout, cancellationToken);
        }
    }

    /// <summary>The reply's text as it comes (cleaned as it will be stored), then the whole response or the failure.</summary>
    public async IAsyncEnumerable<ReplyPart> StreamAsync(
        TurnModel model, IEnumerable<ChatMessage> prompt, ChatOptions? given, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var updates = new List<ChatResponseUpdate>();
        Refusal.ModelFailed? failure = null;
        using (var timeout = Timeout(cancellationToken))
        {
            var stream = model.Client.GetStreamingResponseAsync(prompt, Options(given), timeout.Token).GetAsyncEnumerator(timeout.Token);
            try
            {
                while (true)
                {
                    try
                    {
                        if (!await stream.MoveNextAsync().ConfigureAwait(false))
                        {
                            break;
                        }
                    }
                    catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                    {
                        failure = Failure(e, model, timeout, cancellationToken);
                        break;
                    }

                    updates.Add(stream.Current);
                    if (stream.Current.Text is { Length: > 0 } text)
                    {
                        yield return new ReplyPart.Text(StorableText.Clean(text));
                    }
                }
            }
            finally
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }

        yield return failure is null ? new ReplyPart.Done(updates.ToChatResponse()) : new ReplyPart.Failed(failure);
    }

    /// <summary>The client's options as given (tools, response format, sampling), the reply capped unless they say otherwise.</summary>
    private static ChatOptions Options(ChatOptions? given)
    {
        var chatOptions = given?.Clone() ?? new ChatOptions();
        chatOptions.MaxOutputTokens ??= DefaultMaxOutputTokens;
        return chatOptions;
    }

    private CancellationTokenSource Timeout(CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(options.Value.ModelTimeout);
        return source;
    }

    private Refusal.ModelFailed Failure(Exception e, TurnModel model, CancellationTokenSource timeout, CancellationToken cancellationToken)
    {
        var timedOut = timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested || e is TimeoutException;
        LogModelFailure(logger, model.Provider, model.Name, e.GetType().Name, e);
        return new Refusal.ModelFailed(timedOut, timedOut
            ? $"The model {model.Name} did not answer within {options.Value.ModelTimeout.TotalSeconds:0} s. Your message is stored; send the request again to retry."
            : $"The model provider ({model.Provider}, {model.Name}) failed: {e.GetType().Name}. Your message is stored; send the request again to retry.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model call to {Provider} {Model} failed with {ErrorType}")]
    private static partial void LogModelFailure(ILogger logger, string provider, string model, string errorType, Exception exception);
}
