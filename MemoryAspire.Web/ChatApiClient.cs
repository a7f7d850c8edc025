using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MemoryAspire.Web.Account;

namespace MemoryAspire.Web;

/// <summary>
/// ChatApi, reached by its logical name through service discovery. Every user call carries the signed-in user's token,
/// which stays on the server (<see cref="AccessTokenSource"/>); failures come back as an <see cref="ApiProblem"/>, not an exception.
/// </summary>
public sealed partial class ChatApiClient(HttpClient http, AccessTokenSource tokens, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    /// <summary>How many pages of one list a page of the app reads at most (ChatApi's lists are paged; the app shows them whole).</summary>
    private const int MaxPages = 20;

    public Task<ServiceInfo?> GetInfoAsync(CancellationToken cancellationToken = default) =>
        http.GetFromJsonAsync<ServiceInfo>("/api/v1/info", cancellationToken);

    public Task<ApiResult<IReadOnlyList<SessionInfo>>> ListSessionsAsync(CancellationToken cancellationToken = default) =>
        ListAsync<SessionInfo>("/api/v1/sessions", cancellationToken);

    public Task<ApiResult<SessionDetail>> GetSessionAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        SendAsync<SessionDetail>(HttpMethod.Get, $"/api/v1/sessions/{sessionId}", null, cancellationToken);

    public Task<ApiResult<IReadOnlyList<MessageInfo>>> GetMessagesAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        ListAsync<MessageInfo>($"/api/v1/sessions/{sessionId}/messages", cancellationToken, newestFirst: true);

    public Task<ApiResult<bool>> DeleteSessionAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        SendAsync<bool>(HttpMethod.Delete, $"/api/v1/sessions/{sessionId}", null, cancellationToken);

    public Task<ApiResult<IReadOnlyList<FactInfo>>> ListFactsAsync(bool history, CancellationToken cancellationToken = default) =>
        ListAsync<FactInfo>($"/api/v1/memory/facts?history={(history ? "true" : "false")}", cancellationToken);

    // The user's control over their memory: correct, delete, export, forget everything.

    public Task<ApiResult<bool>> CorrectFactAsync(Guid factId, string value, CancellationToken cancellationToken = default) =>
        SendAsync<bool>(HttpMethod.Put, $"/api/v1/memory/facts/{factId}", new FactCorrection(value), cancellationToken);

    public Task<ApiResult<bool>> DeleteFactAsync(Guid factId, CancellationToken cancellationToken = default) =>
        SendAsync<bool>(HttpMethod.Delete, $"/api/v1/memory/facts/{factId}", null, cancellationToken);

    public Task<ApiResult<byte[]>> ExportAsync(CancellationToken cancellationToken = default) =>
        SendAsync<byte[]>(HttpMethod.Get, "/api/v1/memory/export", null, cancellationToken);

    public Task<ApiResult<ErasureProgress>> RequestErasureAsync(CancellationToken cancellationToken = default) =>
        SendAsync<ErasureProgress>(HttpMethod.Post, "/api/v1/memory/forget", null, cancellationToken);

    public Task<ApiResult<ErasureProgress>> GetErasureAsync(Guid erasureId, CancellationToken cancellationToken = default) =>
        SendAsync<ErasureProgress>(HttpMethod.Get, $"/api/v1/memory/forget/{erasureId}", null, cancellationToken);

    /// <summary>
    /// Runs a turn through <c>POST /api/v1/chat/stream</c>: <paramref name="onContext"/> gets the memory the prompt uses,
    /// <paramref name="onDelta"/> each piece of text; the result is the stored turn. The idempotency key makes a resend of
    /// the same typed message safe.
    /// </summary>
    public async Task<ApiResult<TurnResult>> StreamTurnAsync(
        ChatRequest request, string idempotencyKey, Func<TurnContext, Task> onContext, Func<string, Task> onDelta, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onContext);
        ArgumentNullException.ThrowIfNull(onDelta);
        try
        {
            using var message = await CreateRequestAsync(HttpMethod.Post, "/api/v1/chat/stream", request);
            message.Headers.Add("Idempotency-Key", idempotencyKey);
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return ApiResult.Failed<TurnResult>(await ProblemOfAsync(response, cancellationToken));
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var reader = new StreamReader(body, Encoding.UTF8);
            string? name = null;
            var data = new StringBuilder();
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Length > 0)
                {
                    if (line.StartsWith("event:", StringComparison.Ordinal))
                    {
                        name = line[6..].Trim();
                    }
                    else if (line.StartsWith("data:", StringComparison.Ordinal))
                    {
                        data.Append(line.AsSpan(5).TrimStart());
                    }

                    continue;
                }

                var payload = data.ToString();
                data.Clear();
                switch (name)
                {
                    case "context":
                        await onContext(JsonSerializer.Deserialize<TurnContext>(payload, Json)!);
                        break;
                    case "delta":
                        await onDelta(JsonSerializer.Deserialize<JsonElement>(payload, Json).GetProperty("text").GetString() ?? "");
                        break;
                    case "done":
                        return ApiResult.Ok<TurnResult>(JsonSerializer.Deserialize<TurnResult>(payload, Json)!);
                    case "error":
                        var problem = JsonSerializer.Deserialize<ProblemBody>(payload, Json);
                        return ApiResult.Failed<TurnResult>(ApiProblem.FromStatus((HttpStatusCode)(problem?.Status ?? 502), problem?.Title, problem?.Detail, null));
                }
            }

            return ApiResult.Failed<TurnResult>(new ApiProblem(ApiProblemKind.ServerError, 502, "Incomplete reply", "The reply stream ended before the turn was stored."));
        }
        catch (Exception e) when (IsUnreachable(e, cancellationToken))
        {
            return ApiResult.Failed<TurnResult>(Unreachable(e));
        }
    }

    /// <summary>
    /// A whole list, page after page as each page's Link header (rel=next) gives them. A session's messages come a page of
    /// the latest at a time (<paramref name="newestFirst"/>): each page read goes before the ones read already.
    /// </summary>
    private async Task<ApiResult<IReadOnlyList<T>>> ListAsync<T>(string path, CancellationToken cancellationToken, bool newestFirst = false)
    {
        List<T> items = [];
        string? next = path;
        for (var pages = 0; next is not null && pages < MaxPages; pages++)
        {
            string? following = null;
            var page = await SendAsync<IReadOnlyList<T>>(HttpMethod.Get, next, null, cancellationToken, headers => following = NextPage(headers));
            if (!page.Succeeded)
            {
                return page;
            }

            items.InsertRange(newestFirst ? 0 : items.Count, page.Value ?? []);
            next = following;
        }

        return ApiResult.Ok<IReadOnlyList<T>>(items);
    }

    private static string? NextPage(HttpResponseHeaders headers) =>
        headers.TryGetValues("Link", out var links) ? links.Select(l => NextLink().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value : null;

    [GeneratedRegex("<([^>]+)>\\s*;\\s*rel=\"?next\"?")]
    private static partial Regex NextLink();

    private async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken, Action<HttpResponseHeaders>? onHeaders = null)
    {
        try
        {
            using var request = await CreateRequestAsync(method, path, body);
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return ApiResult.Failed<T>(await ProblemOfAsync(response, cancellationToken));
            }

            onHeaders?.Invoke(response.Headers);

            if (typeof(T) == typeof(bool))
            {
                return ApiResult.Ok<T>((T)(object)true);
            }

            if (typeof(T) == typeof(byte[]))
            {
                return ApiResult.Ok<T>((T)(object)await response.Content.ReadAsByteArrayAsync(cancellationToken));
            }

            return ApiResult.Ok<T>((await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!);
        }
        catch (Exception e) when (IsUnreachable(e, cancellationToken))
        {
            return ApiResult.Failed<T>(Unreachable(e));
        }
    }

    private async Task<HttpRequestMessage> CreateRequestAsync(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (await tokens.GetAsync() is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        return request;
    }

    private async Task<ApiProblem> ProblemOfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ProblemBody? problem = null;
        if (response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "application/json")
        {
            try
            {
                problem = await response.Content.ReadFromJsonAsync<ProblemBody>(Json, cancellationToken);
            }
            catch (JsonException)
            {
            }
        }

        return ApiProblem.FromStatus(response.StatusCode, problem?.Title ?? response.ReasonPhrase, problem?.Detail, RetryAt(response));
    }

    private DateTimeOffset? RetryAt(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Date: { } date } => date,
        { Delta: { } delta } => clock.GetUtcNow() + delta,
        _ => null,
    };

    private static bool IsUnreachable(Exception e, CancellationToken cancellationToken) =>
        e is HttpRequestException or IOException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private static ApiProblem Unreachable(Exception e) => new(ApiProblemKind.Unreachable, null, "ChatApi unreachable", e.Message);

    private sealed record ProblemBody(int? Status, string? Title, string? Detail);
}
