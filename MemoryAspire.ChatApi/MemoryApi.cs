using MemoryAspire.Memory;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MemoryAspire.ChatApi;

public static class MemoryApi
{
    public static IEndpointRouteBuilder MapMemoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/memory").WithTags("Memory").RequireAuthorization();
        api.MapGet("/facts", Facts).WithName("ListFacts")
            .WithSummary("What is remembered about the signed-in user, with provenance; history=true adds superseded values.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<FactInfo>>> Facts(HttpContext http, MemoryQueries queries, bool? history, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListFactsAsync(http.User.Subject(), history ?? false, cancellationToken));
}
