using MemoryAspire.Memory;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MemoryAspire.ChatApi;

public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/sessions").WithTags("Sessions").RequireAuthorization();
        api.MapGet("/", List).WithName("ListSessions").WithSummary("The signed-in user's sessions, most recent first.");
        api.MapGet("/{sessionId:guid}", Get).WithName("GetSession").WithSummary("One session: its strategy, message count, pending memory jobs and current summary.");
        api.MapGet("/{sessionId:guid}/messages", Messages).WithName("GetSessionMessages").WithSummary("The session's messages in order, each marked if a summary covers it.");
        api.MapGet("/{sessionId:guid}/summary", Summary).WithName("GetSessionSummary").WithSummary("The session's running summary: what it covers and which model and prompt made it.");
        api.MapGet("/{sessionId:guid}/usage", Usage).WithName("GetSessionUsage")
            .WithSummary("Tokens the session's model calls used: the replies and the memory jobs (fact extraction, summaries), by purpose and model.");
        api.MapDelete("/{sessionId:guid}/messages/{messageId:guid}", DeleteMessage).WithName("DeleteSessionMessage")
            .WithSummary("Deletes one message, the facts extracted only from it and the summaries that covered it (rebuilt without it); purges its cache entries.");
        api.MapDelete("/{sessionId:guid}", Delete).WithName("DeleteSession").WithSummary("Deletes the session with its messages, summaries, the facts extracted from it and its cache entries.");
        api.RejectMalformedIds("/{sessionId}", "/{sessionId}/messages", "/{sessionId}/summary", "/{sessionId}/usage", "/{sessionId}/messages/{messageId}");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<SessionInfo>>> List(MemoryUser user, MemoryQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListSessionsAsync(user, cancellationToken));

    public static async Task<Results<Ok<SessionDetail>, NotFoundProblem>> Get(Guid sessionId, MemoryUser user, MemoryQueries queries, CancellationToken cancellationToken) =>
        await queries.GetSessionAsync(user, sessionId, cancellationToken) switch
        {
            { Refusal: { } missing } => new NotFoundProblem(missing),
            var found => TypedResults.Ok(found.Value!),
        };

    public static async Task<Results<Ok<IReadOnlyList<MessageInfo>>, NotFoundProblem>> Messages(Guid sessionId, MemoryUser user, MemoryQueries queries, CancellationToken cancellationToken) =>
        await queries.GetMessagesAsync(user, sessionId, cancellationToken) switch
        {
            { Refusal: { } missing } => new NotFoundProblem(missing),
            var found => TypedResults.Ok(found.Value!),
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
