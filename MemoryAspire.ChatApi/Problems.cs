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

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (refusal is Refusal.TooMany { RetryAfterSeconds: var retryAfter })
        {
            httpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return TypedResults.Problem(ToProblem(status, refusal)).ExecuteAsync(httpContext);
    }

    /// <summary>A refusal answered with the status its kind has, where no typed result carries it (a route writing its own format).</summary>
    public static ProblemAnswer For(Refusal refusal) => new AnyRefusal(refusal);

    /// <summary>The status a refusal answers with wherever no typed result carries it.</summary>
    public static int StatusOf(Refusal refusal) => refusal switch
    {
        Refusal.NotFound => StatusCodes.Status404NotFound,
        Refusal.Conflict => StatusCodes.Status409Conflict,
        Refusal.TooLarge => StatusCodes.Status413PayloadTooLarge,
        Refusal.KeyReused => StatusCodes.Status422UnprocessableEntity,
        Refusal.UnsupportedContent => StatusCodes.Status415UnsupportedMediaType,
        Refusal.TooMany => StatusCodes.Status429TooManyRequests,
        Refusal.ModelFailed { TimedOut: true } => StatusCodes.Status504GatewayTimeout,
        Refusal.ModelFailed => StatusCodes.Status502BadGateway,
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

/// <summary>
/// A chat turn's request refused: invalid (400), a session or model that does not exist (404), too large (413), not JSON (415),
/// a reused key (422).
/// </summary>
public sealed class TurnRefusal(Refusal refusal) : ProblemAnswer(StatusOf(refusal), refusal), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        foreach (var status in new[] { StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity })
        {
            Declare(builder, status);
        }
    }
}

/// <summary>The user is over the request limit: 429 with Retry-After.</summary>
public sealed class TooManyRequestsProblem(Refusal.TooMany refusal) : ProblemAnswer(StatusCodes.Status429TooManyRequests, refusal), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status429TooManyRequests);
}

/// <summary>The model failed (502) or did not answer in time (504); the user's message is stored.</summary>
public sealed class ModelFailedProblem(Refusal.ModelFailed refusal) : ProblemAnswer(StatusOf(refusal), refusal), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        Declare(builder, StatusCodes.Status502BadGateway);
        Declare(builder, StatusCodes.Status504GatewayTimeout);
    }
}

public sealed class ConflictProblem(Refusal refusal) : ProblemAnswer(StatusCodes.Status409Conflict, refusal), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status409Conflict);
}

internal sealed class AnyRefusal(Refusal refusal) : ProblemAnswer(StatusOf(refusal), refusal);
