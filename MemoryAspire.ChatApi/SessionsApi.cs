using MemoryAspire.Memory;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MemoryAspire.ChatApi;

public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/sessions").WithTags("Sessions").RequireAuthorization();
        api.MapGet("/", List).WithName("ListSessions").WithSummary("The signed-in user's sessions, most recent first.");
        api.MapGet("/{sessionId}", Get).WithName("GetSession").WithSummary("One session: its strategy, message count, pending memory jobs and current summary.");
        api.MapGet("/{sessionId}/messages", Messages).WithName("GetSessionMessages").WithSummary("The session's messages in order, each marked if a summary covers it.");
        api.MapGet("/{sessionId}/summary", Summary).WithName("GetSessionSummary").WithSummary("The session's running summary: what it covers and which model and prompt made it.");
        api.MapGet("/{sessionId}/usage", Usage).WithName("GetSessionUsage")
            .WithSummary("Tokens the session's model calls used: the replies and the memory jobs (fact extraction, summaries), by purpose and model.");
        api.MapDelete("/{sessionId}/messages/{messageId}", DeleteMessage).WithName("DeleteSessionMessage")
            .WithSummary("Deletes one message, the facts extracted only from it and the summaries that covered it (rebuilt without it); purges its cache entries.")
            .ProducesProblem(400).ProducesProblem(404);
        api.MapDelete("/{sessionId}", Delete).WithName("DeleteSession").WithSummary("Deletes the session with its messages, summaries, the facts extracted from it and its cache entries.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<SessionInfo>>> List(HttpContext http, MemoryQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListSessionsAsync(http.User.Subject(), cancellationToken));

    public static async Task<Ok<SessionDetail>> Get(string sessionId, HttpContext http, MemoryQueries queries, CancellationToken cancellationToken)
    {
        var id = ParseId(sessionId);
        var subject = http.User.Subject();
        var session = await queries.GetSessionAsync(subject, id, cancellationToken);
        return TypedResults.Ok(new SessionDetail(session, await queries.GetSummaryAsync(subject, id, cancellationToken)));
    }

    public static async Task<Ok<IReadOnlyList<MessageInfo>>> Messages(string sessionId, HttpContext http, MemoryQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.GetMessagesAsync(http.User.Subject(), ParseId(sessionId), cancellationToken));

    public static async Task<Results<Ok<SummaryInfo>, NoContent>> Summary(string sessionId, HttpContext http, MemoryQueries queries, CancellationToken cancellationToken) =>
        await queries.GetSummaryAsync(http.User.Subject(), ParseId(sessionId), cancellationToken) is { } summary ? TypedResults.Ok(summary) : TypedResults.NoContent();

    public static async Task<Ok<SessionUsage>> Usage(string sessionId, HttpContext http, MemoryQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.GetUsageAsync(http.User.Subject(), ParseId(sessionId), cancellationToken));

    public static async Task<NoContent> Delete(string sessionId, HttpContext http, MemoryQueries queries, CancellationToken cancellationToken)
    {
        await queries.DeleteSessionAsync(http.User.Subject(), ParseId(sessionId), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> DeleteMessage(string sessionId, string messageId, HttpContext http, MemoryQueries queries, CancellationToken cancellationToken)
    {
        await queries.DeleteMessageAsync(http.User.Subject(), ParseId(sessionId), ParseId(messageId), cancellationToken);
        return TypedResults.NoContent();
    }

    public static Guid ParseId(string id) =>
        Guid.TryParse(id, out var parsed) ? parsed : throw MemoryRequestException.BadRequest($"{MemoryRequestException.Quote(id)} is not an id (a GUID).");
}
