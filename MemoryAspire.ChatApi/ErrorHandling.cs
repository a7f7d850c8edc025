using MemoryAspire.Memory;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MemoryAspire.ChatApi;

/// <summary>
/// Turns what only an exception can report into ProblemDetails: an unreachable PostgreSQL or Redis into a 503 naming it with
/// Retry-After, a body Kestrel refused into its 4xx; anything else is a plain 500. Refusals are results, never exceptions.
/// </summary>
public sealed partial class ErrorHandling(IProblemDetailsService problems, ILogger<ErrorHandling> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var outage = DependencyUnavailableException.From(exception);
        var problem = outage is not null ? OutageProblem(outage) : exception switch
        {
            BadHttpRequestException { StatusCode: 413 } => new ProblemDetails { Status = 413, Title = "Request too large", Detail = "The request body is larger than the limit for chat requests." },
            BadHttpRequestException e => new ProblemDetails { Status = e.StatusCode, Title = "Bad request", Detail = Reasons(e) },
            _ => new ProblemDetails { Status = 500, Title = "Unexpected error", Detail = "The request failed; the error is logged with its trace id." },
        };
        if (outage is not null)
        {
            LogOutage(logger, outage.Dependency, httpContext.Request.Method, httpContext.Request.Path, outage.Cause);
            httpContext.Response.Headers.RetryAfter = DependencyUnavailableException.RetryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (problem.Status >= 500)
        {
            LogUnexpected(logger, httpContext.Request.Method, httpContext.Request.Path, exception);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The 503 for the outage behind <paramref name="exception"/>, or null when it is something else (a bug).</summary>
    public static ProblemDetails? OutageProblem(Exception exception) =>
        DependencyUnavailableException.From(exception) is { } outage ? OutageProblem(outage) : null;

    private static ProblemDetails OutageProblem(DependencyUnavailableException outage) =>
        ProblemAnswer.Create(StatusCodes.Status503ServiceUnavailable, outage.Title, outage.Message, new Dictionary<string, object?>());

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
