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

    /// <summary>The status a refusal answers with wherever no typed result carries it.</summary>
    public static int StatusOf(Refusal refusal) => refusal switch
    {
        Refusal.NotFound => StatusCodes.Status404NotFound,
        Refusal.Conflict => StatusCodes.Status409Conflict,
        Refusal.TooLarge => StatusCodes.Status413PayloadTooLarge,
        Refusal.KeyReused => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status400BadRequest,
    };

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

/// <summary>A chat turn's refusal: invalid (400), a session or model that does not exist (404), too large (413), a reused key (422).</summary>
public sealed class TurnRefusal(Refusal refusal) : ProblemAnswer(StatusOf(refusal), refusal), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        foreach (var status in new[] { StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity })
        {
            Declare(builder, status);
        }
    }
}

/// <summary>Where an outcome's refusal cannot be a typed result (an OpenAI-format route), it is raised for the error writer to answer.</summary>
public static class Refusals
{
    public static T OrThrow<T>(this Outcome<T> outcome) =>
        outcome.Refusal is { } refusal ? throw MemoryRequestException.Refused(ProblemAnswer.StatusOf(refusal), refusal) : outcome.Value!;
}

public sealed class ConflictProblem(Refusal refusal) : ProblemAnswer(StatusCodes.Status409Conflict, refusal), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status409Conflict);
}
