using Microsoft.AspNetCore.Http.HttpResults;

namespace MemoryAspire.Web;

public static class Pages
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Home).WithName("Home");
        app.MapGet("/backend-info", GetBackendInfo).WithName("GetBackendInfo").WithSummary("What ChatApi says about itself, reached through service discovery.");
        return app;
    }

    public static ContentHttpResult Home() => TypedResults.Content("""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>MemoryAspire</title></head>
        <body><main><h1>MemoryAspire</h1><p>Memory for LLM chat apps: buffer, summary, entity and recall memory, governed.</p>
        <p>The chat and memory pages arrive with the web front-end; until then use the ChatApi.</p></main></body></html>
        """, "text/html");

    public static async Task<Results<Ok<BackendInfo>, ProblemHttpResult>> GetBackendInfo(ChatApiClient chatApi, CancellationToken cancellationToken)
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
}
