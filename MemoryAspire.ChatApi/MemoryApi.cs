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
            .WithSummary("What is remembered about the signed-in user, with provenance; history=true adds superseded, deleted and rejected values.");
        api.MapPut("/facts/{id}", CorrectFact).WithName("CorrectFact")
            .WithSummary("Corrects a current fact: records the value as a new version by the user and supersedes the old one. 409 when the fact is not current or a system of record holds it.")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        api.MapDelete("/facts/{id}", DeleteFact).WithName("DeleteFact")
            .WithSummary("Deletes a fact: it is no longer injected, stays in history marked deleted, and the deletion is audited.")
            .ProducesProblem(400).ProducesProblem(404);
        api.MapGet("/export", Export).WithName("ExportMemory")
            .WithSummary("Everything held about the signed-in user as one JSON download: sessions, messages, summaries, facts with history, audit, erasures.");
        api.MapGet("/audit", Audit).WithName("ListAuditEntries")
            .WithSummary("The signed-in user's audit entries, newest first; page back with before=<id of the last entry seen> and limit (1 to 200, default 50).")
            .ProducesProblem(400);
        api.MapPost("/forget", Forget).WithName("ForgetMe")
            .WithSummary("Erases everything remembered about the signed-in user: memory stops being used at once, the worker deletes it; returns the request to poll.");
        api.MapGet("/forget/{id}", ForgetProgress).WithName("GetErasure")
            .WithSummary("Progress of a \"forget me\" request: pending, running, completed or failed, with rows done of the total.")
            .ProducesProblem(400).ProducesProblem(404);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<FactInfo>>> Facts(HttpContext http, MemoryQueries queries, bool? history, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListFactsAsync(http.User.Subject(), history ?? false, cancellationToken));

    public static async Task<Ok<FactInfo>> CorrectFact(string id, FactCorrection? correction, HttpContext http, FactEditor editor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await editor.CorrectAsync(http.User.Subject(), SessionsApi.ParseId(id), correction?.Value, cancellationToken));

    public static async Task<NoContent> DeleteFact(string id, HttpContext http, FactEditor editor, CancellationToken cancellationToken)
    {
        await editor.DeleteAsync(http.User.Subject(), SessionsApi.ParseId(id), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<JsonHttpResult<MemoryExport>> Export(HttpContext http, MemoryExporter exporter, CancellationToken cancellationToken)
    {
        var export = await exporter.ExportAsync(http.User.Subject(), cancellationToken);
        http.Response.Headers.ContentDisposition = $"attachment; filename=memory-export-{export.ExportedAt:yyyy-MM-dd}.json";
        return TypedResults.Json(export);
    }

    public static async Task<Ok<IReadOnlyList<AuditEntryInfo>>> Audit(HttpContext http, MemoryQueries queries, long? before, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListAuditAsync(http.User.Subject(), before, limit, cancellationToken));

    public static async Task<Accepted<ErasureProgress>> Forget(HttpContext http, ErasureRequests erasures, CancellationToken cancellationToken)
    {
        var progress = await erasures.RequestAsync(http.User.Subject(), cancellationToken);
        return TypedResults.Accepted($"/api/v1/memory/forget/{progress.Id}", progress);
    }

    public static async Task<Ok<ErasureProgress>> ForgetProgress(string id, HttpContext http, ErasureRequests erasures, CancellationToken cancellationToken) =>
        TypedResults.Ok(await erasures.GetAsync(http.User.Subject(), SessionsApi.ParseId(id), cancellationToken));
}
