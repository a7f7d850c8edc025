using MemoryAspire.Web.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MemoryAspire.Web;

/// <summary>Endpoints beside the Blazor pages: ChatApi's self-description and the memory export download.</summary>
public static class Pages
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/backend-info", GetBackendInfo).WithName("GetBackendInfo").WithSummary("What ChatApi says about itself, reached through service discovery.");
        app.MapGet("/memory/export", ExportMemory).WithName("ExportMemory").WithSummary("The signed-in user's memory as a JSON download.").RequireAuthorization();
        return app;
    }

    public static async Task<Results<Ok<ServiceInfo>, ProblemHttpResult>> GetBackendInfo(ChatApiClient chatApi, CancellationToken cancellationToken)
    {
        try
        {
            return await chatApi.GetInfoAsync(cancellationToken) is { } info
                ? TypedResults.Ok(info)
                : TypedResults.Problem("ChatApi answered with an empty body.", statusCode: StatusCodes.Status502BadGateway);
        }
        catch (HttpRequestException e)
        {
            return TypedResults.Problem($"ChatApi is unreachable: {e.Message}", statusCode: StatusCodes.Status502BadGateway);
        }
    }

    /// <summary>Fetched on the server with the user's token and handed over as a file; a problem goes back to the memory page as a notice.</summary>
    public static async Task<Results<FileContentHttpResult, RedirectHttpResult>> ExportMemory(ChatApiClient chatApi, TimeProvider clock, CancellationToken cancellationToken)
    {
        var export = await chatApi.ExportAsync(cancellationToken);
        return export is { Succeeded: true, Value: { } file }
            ? TypedResults.File(file, "application/json", $"memoryaspire-memory-{clock.GetUtcNow():yyyyMMdd-HHmmss}.json")
            : TypedResults.Redirect($"/memory?export={(export.Problem?.Kind ?? ApiProblemKind.ServerError).ToString().ToLowerInvariant()}");
    }
}
