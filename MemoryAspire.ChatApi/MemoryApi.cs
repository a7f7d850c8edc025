using MemoryAspire.Memory.Conversations;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Governance;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MemoryAspire.ChatApi;

public static class MemoryApi
{
    public static IEndpointRouteBuilder MapMemoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/memory").WithTags("Memory").RequireAuthorization();
        api.MapGet("/facts", Facts).WithName("ListFacts")
            .WithSummary("What is remembered about the signed-in user, with provenance; history=true adds superseded, deleted and rejected values; limit (1 to 1000, default 200) and before=<cursor> from the Link header (rel=next) page through them.");
        api.MapPut("/facts/{id:guid}", CorrectFact).WithName("CorrectFact")
            .WithSummary("Corrects a current fact: records the value as a new version by the user and supersedes the old one. 409 when the fact is not current or a system of record holds it.");
        api.MapDelete("/facts/{id:guid}", DeleteFact).WithName("DeleteFact")
            .WithSummary("Deletes a fact: it is no longer injected, stays in history marked deleted, and the deletion is audited.");
        api.MapGet("/export", Export).WithName("ExportMemory")
            .WithSummary("Everything held about the signed-in user as one JSON download: sessions, messages, summaries, facts with history, audit, erasures.");
        api.MapGet("/audit", Audit).WithName("ListAuditEntries")
            .WithSummary("The signed-in user's audit entries, newest first; page back with before=<id of the last entry seen> and limit (1 to 200, default 50).");
        api.MapPost("/forget", Forget).WithName("ForgetMe")
            .WithSummary("Erases everything remembered about the signed-in user: memory stops being used at once, the worker deletes it; returns the request to poll.");
        api.MapGet("/forget/{id:guid}", ForgetProgress).WithName("GetErasure")
            .WithSummary("Progress of a \"forget me\" request: pending, running, completed or failed, with rows done of the total.");
        api.RejectMalformedIds("/facts/{id}", "/forget/{id}");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<FactInfo>>, BadRequestProblem>> Facts(
        HttpContext http, MemoryUser user, MemoryQueries queries, bool? history, int? limit, string? before, CancellationToken cancellationToken) =>
        await queries.ListFactsAsync(user, history ?? false, new PageRequest(limit, before), cancellationToken) switch
        {
            { Refusal: { } invalid } => new BadRequestProblem(invalid),
            var page => PageAnswer.Ok(http, page.Value!),
        };

    public static async Task<Results<Ok<FactInfo>, BadRequestProblem, NotFoundProblem, ConflictProblem>> CorrectFact(
        Guid id, FactCorrection? correction, MemoryUser user, FactEditor editor, CancellationToken cancellationToken) =>
        await editor.CorrectAsync(user, id, correction?.Value, cancellationToken) switch
        {
            { Refusal: Refusal.NotFound missing } => new NotFoundProblem(missing),
            { Refusal: Refusal.Conflict conflict } => new ConflictProblem(conflict),
            { Refusal: { } invalid } => new BadRequestProblem(invalid),
            var corrected => TypedResults.Ok(corrected.Value!),
        };

    public static async Task<Results<NoContent, NotFoundProblem>> DeleteFact(Guid id, MemoryUser user, FactEditor editor, CancellationToken cancellationToken) =>
        await editor.DeleteAsync(user, id, cancellationToken) is { } missing ? new NotFoundProblem(missing) : TypedResults.NoContent();

    public static async Task<JsonHttpResult<MemoryExport>> Export(HttpContext http, MemoryUser user, MemoryExporter exporter, CancellationToken cancellationToken)
    {
        var export = await exporter.ExportAsync(user, cancellationToken);
        http.Response.Headers.ContentDisposition = $"attachment; filename=memory-export-{export.ExportedAt:yyyy-MM-dd}.json";
        return TypedResults.Json(export);
    }

    public static async Task<Results<Ok<IReadOnlyList<AuditEntryInfo>>, BadRequestProblem>> Audit(
        HttpContext http, MemoryUser user, MemoryQueries queries, long? before, int? limit, CancellationToken cancellationToken) =>
        await queries.ListAuditAsync(user, before, limit, cancellationToken) switch
        {
            { Refusal: { } invalid } => new BadRequestProblem(invalid),
            var page => PageAnswer.Ok(http, page.Value!),
        };

    public static async Task<Results<Accepted<ErasureProgress>, ConflictProblem>> Forget(MemoryUser user, ErasureRequests erasures, CancellationToken cancellationToken) =>
        await erasures.RequestAsync(user, cancellationToken) switch
        {
            { Refusal: { } finishing } => new ConflictProblem(finishing),
            var started => TypedResults.Accepted($"/api/v1/memory/forget/{started.Value!.Id}", started.Value),
        };

    public static async Task<Results<Ok<ErasureProgress>, NotFoundProblem>> ForgetProgress(Guid id, MemoryUser user, ErasureRequests erasures, CancellationToken cancellationToken) =>
        await erasures.GetAsync(user, id, cancellationToken) switch
        {
            { Refusal: { } missing } => new NotFoundProblem(missing),
            var progress => TypedResults.Ok(progress.Value!),
        };
}
