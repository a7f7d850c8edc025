using MemoryAspire.Memory.Conversations;
using MemoryAspire.Memory;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MemoryAspire.ChatApi;

public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/sessions").WithTags("Sessions").RequireAuthorization();
        api.MapGet("/", List).WithName("ListSessions")
            .WithSummary("The signed-in user's sessions, most recent first; limit (1 to 200, default 50) and before=<cursor> page through them, a Link header (rel=next) gives the next page.");
        api.MapGet("/{sessionId:guid}", Get).WithName("GetSession").WithSummary("One session: its strategy, message count, pending memory jobs and current summary.");
        api.MapGet("/{sessionId:guid}/messages", Messages).WithName("GetSessionMessages")
            .WithSummary("The session's messages in order, each marked if a summary covers it; the latest limit (1 to 1000, default 200), earlier ones with before=<cursor> from the Link header (rel=next).");
        api.MapGet("/{sessionId:guid}/summary", Summary).WithName("GetSessionSummary").WithSummary("The session's running summary: what it covers and which model and prompt made it.");
        api.MapGet("/{sessionId:guid}/usage", Usage).WithName("GetSessionUsage")
            .WithSummary("Tokens the session's model calls used: the replies and the memory jobs (fact extraction, summaries), by purpose and model.");
        api.MapDelete("/{sessionId:guid}/messages/{messageId:guid}", DeleteMessage).WithName("DeleteSessionMessage")
            .WithSummary("Deletes one message, the facts extracted only from it and the summaries that covered it (rebuilt without it); purges its cache entries.");
        api.MapDelete("/{sessionId:guid}", Delete).WithName("DeleteSession").WithSummary("Deletes the session with its messages, summaries, the facts extracted from it and its cache entries.");
        api.RejectMalformedIds("/{sessionId}", "/{sessionId}/messages", "/{sessionId}/summary", "/{sessionId}/usage", "/{sessionId}/messages/{messageId}");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<SessionInfo>>, BadRequestProblem>> List(
        HttpContext http, MemoryUser user, MemoryQueries queries, int? limit, string? before, CancellationToken cancellationToken) =>
        await queries.ListSessionsAsync(user, new PageRequest(limit, before), cancellationToken) switch
        {
            { Refusal: { } invalid } => new BadRequestProblem(invalid),
            var page => PageAnswer.Ok(http, page.Value!),
        };

    public static async Task<Results<Ok<SessionDetail>, NotFoundProblem>> Get(Guid sessionId, MemoryUser user, MemoryQueries queries, CancellationToken cancellationToken) =>
        await queries.GetSessionAsync(user, sessionId, cancellationToken) switch
        {
            { Refusal: { } missing } => new NotFoundProblem(missing),
            var found => TypedResults.Ok(found.Value!),
        };

    public static async Task<Results<Ok<IReadOnlyList<MessageInfo>>, BadRequestProblem, NotFoundProblem>> Messages(
        Guid sessionId, HttpContext http, MemoryUser user, MemoryQueries queries, int? limit, string? before, CancellationToken cancellationToken) =>
        await queries.GetMessagesAsync(user, sessionId, new PageRequest(limit, before), cancellationToken) switch
        {
            { Refusal: Refusal.NotFound missing } => new NotFoundProblem(missing),
            { Refusal: { } invalid } => new BadRequestProblem(invalid),
            var page => PageAnswer.Ok(http, page.Value!),
        };

    public static async Task<Results<Ok<SummaryInfo>, NoContent, NotFoundProblem>> Summary(Guid sessionId, MemoryUser user, MemoryQueries queries, CancellationToken cancellationToken) =>
        await queries.GetSummaryAsync(user, sessionId, cancellationToken) switch
        {
            { Refusal: { } missing } => new NotFoundProblem(missing),
            { Value: { } summary } => TypedResults.Ok(summary),
            _ => TypedResults.NoContent(),
        };

    public static async Task<Results<Ok<SessionUsage>, NotFoundProblem>> Usage(Guid sessionId, MemoryUser user, MemoryQueries queries, CancellationToken cancellationToken) =>
        await queries.GetUsageAsync(user, sessionId, cancellationToken) switch
        {
            { Refusal: { } missing } => new NotFoundProblem(missing),
            var found => TypedResults.Ok(found.Value!),
        };

    public static async Task<Results<NoContent, NotFoundProblem>> Delete(Guid sessionId, MemoryUser user, MemoryQueries queries, CancellationToken cancellationToken) =>
        await queries.DeleteSessionAsync(user, sessionId, cancellationToken) is { } missing ? new NotFoundProblem(missing) : TypedResults.NoContent();

    public static async Task<Results<NoContent, NotFoundProblem>> DeleteMessage(Guid sessionId, Guid messageId, MemoryUser user, MemoryQueries queries, CancellationToken cancellationToken) =>
        await queries.DeleteMessageAsync(user, sessionId, messageId, cancellationToken) is { } missing ? new NotFoundProblem(missing) : TypedResults.NoContent();
}
