using MemoryAspire.Memory;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MemoryAspire.ChatApi;

/// <summary>
/// Turns the engine's refusals into ProblemDetails with the status and message they carry, and an unreachable PostgreSQL or
/// Redis into a 503 naming it with Retry-After; anything else is a plain 500.
/// </summary>
public sealed partial class ErrorHandling(IProblemDetailsService problems, ILogger<ErrorHandling> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var refusal = Refusal(exception);
        var problem = refusal is not null ? ToProblem(refusal) : exception switch
        {
            BadHttpRequestException { StatusCode: 413 } => new ProblemDetails { Status = 413, Title = "Request too large", Detail = "The request body is larger than the limit for chat requests." },
            BadHttpRequestException e => new ProblemDetails { Status = e.StatusCode, Title = "Bad request", Detail = Reasons(e) },
            _ => new ProblemDetails { Status = 500, Title = "Unexpected error", Detail = "The request failed; the error is logged with its trace id." },
        };
        if (refusal is DependencyUnavailableException outage)
        {
            LogOutage(logger, outage.Dependency, httpContext.Request.Method, httpContext.Request.Path, outage.Cause);
        }
        else if (problem.Status >= 500 && refusal is null)
        {
            LogUnexpected(logger, httpContext.Request.Method, httpContext.Request.Path, exception);
        }

        if (refusal is { RetryAfterSeconds: { } retryAfter })
        {
            httpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>What the exception tells the client: the engine's refusal, or the outage of a dependency (503); null for a bug.</summary>
    public static MemoryRequestException? Refusal(Exception exception) =>
        exception as MemoryRequestException ?? DependencyUnavailableException.From(exception);

    public static ProblemDetails ToProblem(MemoryRequestException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return ProblemAnswer.Create(e.Status, e.Title, e.Message, e.Extensions);
    }

    /// <summary>
    /// An exception's message with those of its causes: a body the JSON reader refused says where (path, line, byte) and
    /// why ("Invalid surrogate value", "invalid UTF-8"), not only that it could not be read.
    /// </summary>
    public static string Reasons(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        List<string> reasons = [];
        for (var cause = e; cause is not null && reasons.Count < 3; cause = cause.InnerException)
        {
            if (!reasons.Contains(cause.Message))
            {
                reasons.Add(cause.Message);
            }
        }

        return string.Join(" ", reasons);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Dependency} is unavailable: answered {Method} {Path} with 503")]
    private static partial void LogOutage(ILogger logger, string dependency, string method, PathString path, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error answering {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, string method, PathString path, Exception exception);
}
