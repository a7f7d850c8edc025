using MemoryAspire.Memory;
using MemoryAspire.Memory.Governance;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MemoryAspire.ChatApi;

/// <summary>
/// Service-to-service: trusted systems of record assert facts about a user. Authenticated by <c>X-System-Key</c> (configured as
/// <c>Memory:SystemOfRecord:Keys:&lt;name&gt;</c>), not by a user token; the key's name becomes the extractor <c>system:&lt;name&gt;</c>.
/// </summary>
public static class SystemApi
{
    public const string KeyHeader = "X-System-Key";

    public static IEndpointRouteBuilder MapSystemApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/system").WithTags("System of record");
        api.MapPut("/users/{subject}/facts", RecordFacts).WithName("RecordSystemFacts")
            .WithSummary("A system of record (X-System-Key) asserts facts about a user; they outrank the user's corrections and extracted facts.")
            .ProducesProblem(401);
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<SystemFactOutcome>>, BadRequestProblem, ProblemHttpResult>> RecordFacts(
        string subject, SystemFactsRequest? request, HttpContext http, IConfiguration configuration, SystemFacts facts, CancellationToken cancellationToken)
    {
        var keys = configuration.GetSection(SystemOfRecordKeys.SectionName).GetChildren().Select(c => new KeyValuePair<string, string?>(c.Key, c.Value));
        if (SystemOfRecordKeys.Match(keys, http.Request.Headers[KeyHeader].ToString()) is not { } system)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: $"A valid {KeyHeader} header is required (a key configured as {SystemOfRecordKeys.SectionName.Replace(':', '_')}__<name>).");
        }

        return await facts.RecordAsync(system, subject, request, cancellationToken) switch
        {
            { Refusal: { } invalid } => new BadRequestProblem(invalid),
            var recorded => TypedResults.Ok(recorded.Value!),
        };
    }
}
