using System.Reflection;
using MemoryAspire.Memory;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace MemoryAspire.ChatApi;

/// <summary>
/// An engine <see cref="Refusal"/> answered as ProblemDetails (application/problem+json, through the app's problem writer);
/// each status is its own type, so that a handler's <c>Results&lt;...&gt;</c> signature lists it and the OpenAPI document shows it.
/// </summary>
public abstract class ProblemAnswer(int status, Refusal refusal) : IResult, IStatusCodeHttpResult
{
    public int StatusCode => status;

    int? IStatusCodeHttpResult.StatusCode => status;

    public Refusal Refusal => refusal;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Problem(ToProblem(status, refusal)).ExecuteAsync(httpContext);

    public static ProblemDetails ToProblem(int status, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Create(status, refusal.Title, refusal.Detail, refusal.Extensions);
    }

    public static ProblemDetails Create(int status, string title, string detail, IReadOnlyDictionary<string, object?> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (name, value) in extensions)
        {
            problem.Extensions[name] = value;
        }

        return problem;
    }

    protected static void Declare(EndpointBuilder builder, int status)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
    }
}

public sealed class BadRequestProblem(Refusal refusal) : ProblemAnswer(StatusCodes.Status400BadRequest, refusal), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status400BadRequest);
}

public sealed class NotFoundProblem(Refusal refusal) : ProblemAnswer(StatusCodes.Status404NotFound, refusal), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status404NotFound);
}

public sealed class ConflictProblem(Refusal refusal) : ProblemAnswer(StatusCodes.Status409Conflict, refusal), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status409Conflict);
}
