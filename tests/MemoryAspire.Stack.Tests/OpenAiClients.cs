using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.Http.Json;
using System.Text.Json;
using OpenAI;

namespace MemoryAspire.Stack.Tests;

/// <summary>
/// The OpenAI .NET SDK pointed at ChatApi's <c>/v1</c>, as a user of the stack: the key is the user's token, nothing else
/// changes. Its <see cref="Headers"/> policy sends MemoryAspire's optional headers and keeps the last answer's.
/// </summary>
public sealed class OpenAiSdkUser(OpenAIClient client, MemoryHeaders headers, string token)
{
    public OpenAIClient Client { get; } = client;

    public MemoryHeaders Headers { get; } = headers;

    public string Token { get; } = token;

    public static async Task<OpenAiSdkUser> CreateAsync(StackFixture stack, string user)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var token = await TokenAsync(stack, user);
        return new(For(stack, token, out var headers), headers, token);
    }

    /// <summary>A client with <paramref name="key"/> as its API key; the SDK's own retries are off, so a test sees each answer.</summary>
    public static OpenAIClient For(StackFixture stack, string key, out MemoryHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var options = new OpenAIClientOptions
        {
            Endpoint = new Uri(stack.ChatApi.BaseAddress!, "/v1"),
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = TimeSpan.FromSeconds(60),
        };
        headers = new MemoryHeaders();
        options.AddPolicy(headers, PipelinePosition.PerCall);
        return new OpenAIClient(new ApiKeyCredential(key), options);
    }

    public static async Task<string> TokenAsync(StackFixture stack, string user)
    {
        ArgumentNullException.ThrowIfNull(stack);
        using var response = await stack.ChatApi.PostAsJsonAsync("/api/v1/dev/token", new { userName = user });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}

/// <summary>Sends <c>X-Memory-Session</c>, <c>X-Memory-Strategy</c> and <c>Idempotency-Key</c> when set; keeps the last answer's memory headers.</summary>
public sealed class MemoryHeaders : PipelinePolicy
{
    public string? Session { get; set; }

    public string? Strategy { get; set; }

    public string? IdempotencyKey { get; set; }

    public string? LastSession { get; private set; }

    public string? LastContext { get; private set; }

    public string? LastRetryAfter { get; private set; }

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(message);
        Stamp(message);
        ProcessNext(message, pipeline, currentIndex);
        Keep(message);
    }

    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(message);
        Stamp(message);
        await ProcessNextAsync(message, pipeline, currentIndex);
        Keep(message);
    }

    private void Stamp(PipelineMessage message)
    {
        foreach (var (name, value) in new[] { ("X-Memory-Session", Session), ("X-Memory-Strategy", Strategy), ("Idempotency-Key", IdempotencyKey) })
        {
            if (value is not null)
            {
                message.Request.Headers.Set(name, value);
            }
        }
    }

    private void Keep(PipelineMessage message)
    {
        var headers = message.Response?.Headers;
        LastSession = headers is not null && headers.TryGetValue("X-Memory-Session", out var session) ? session : null;
        LastContext = headers is not null && headers.TryGetValue("X-Memory-Context", out var context) ? context : null;
        LastRetryAfter = headers is not null && headers.TryGetValue("Retry-After", out var retryAfter) ? retryAfter : null;
    }
}
