using MemoryAspire.Memory;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MemoryAspire.ChatApi;

/// <summary>Turns the engine's refusals into ProblemDetails with the status and message they carry; anything else is a plain 500.</summary>
public sealed partial class ErrorHandling(IProblemDetailsService problems, ILogger<ErrorHandling> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            MemoryRequestException e => ToProblem(e),
            BadHttpRequestException { StatusCode: 413 } => new ProblemDetails { Status = 413, Title = "Request too large", Detail = "The request body is larger than the limit for chat requests." },
            BadHttpRequestException e => new ProblemDetails { Status = e.StatusCode, Title = "Bad request", Detail = Reasons(e) },
            _ => new ProblemDetails { Status = 500, Title = "Unexpected error", Detail = "The request failed; the error is logged with its trace id." },
        };
        if (problem.Status >= 500 && exception is not MemoryRequestException)
        {
            LogUnexpected(logger, httpContext.Request.Method, httpContext.Request.Path, exception);
        }

        if (exception is MemoryRequestException { RetryAfterSeconds: { } retryAfter })
        {
            httpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails ToProblem(MemoryRequestException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var problem = new ProblemDetails { Status = e.Status, Title = e.Title, Detail = e.Message };
        foreach (var (name, value) in e.Extensions)
        {
            problem.Extensions[name] = value;
        }

        return problem;
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error answering {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, string method, PathString path, Exception exception);
}
