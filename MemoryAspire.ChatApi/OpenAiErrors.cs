using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace MemoryAspire.ChatApi;

/// <summary>
/// Every error of the OpenAI-compatible routes in OpenAI's format, whoever raised it (a refusal of the engine, the exception
/// handler, authentication's 401, routing's 404 and 405, Kestrel's 413): the ProblemDetails the rest of the API answers
/// with becomes <c>{"error":{"message","type","param","code"}}</c> with the same status and headers (Retry-After).
/// </summary>
public sealed class OpenAiErrors : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return OpenAiCompatibleApi.Serves(context.HttpContext.Request.Path);
    }

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(From(problem), OpenAiCompatibleApi.Json, context.HttpContext.RequestAborted));
    }

    /// <summary>OpenAI's error object for a ProblemDetails: its detail (else title) as the message, a type and code by status, the field at fault as <c>param</c>.</summary>
    public static OpenAiError From(ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var status = problem.Status ?? 500;
        var (type, code) = status switch
        {
            401 => ("invalid_request_error", "invalid_api_key"),
            403 => ("permission_error", "forbidden"),
            404 => ("invalid_request_error", "not_found"),
            405 => ("invalid_request_error", "method_not_allowed"),
            413 => ("invalid_request_error", "request_too_large"),
            415 => ("invalid_request_error", "unsupported_media_type"),
            429 => ("rate_limit_error", "rate_limit_exceeded"),
            502 => ("server_error", "model_error"),
            503 => ("server_error", "service_unavailable"),
            504 => ("server_error", "model_timeout"),
            >= 500 => ("server_error", "internal_error"),
            _ => ("invalid_request_error", "invalid_request"),
        };
        var message = problem.Detail ?? problem.Title ?? $"The request failed with status {status.ToString(CultureInfo.InvariantCulture)}.";
        if (status == 401 && problem.Detail is null)
        {
            message = "The API key is missing or not valid: send a MemoryAspire access token (the bearer token ChatApi accepts) as the OpenAI API key.";
        }

        return new OpenAiError(new OpenAiErrorDetail(message, type, Extension(problem, "param") ?? Extension(problem, "field"), Extension(problem, "code") ?? code));
    }

    private static string? Extension(ProblemDetails problem, string name) =>
        problem.Extensions.TryGetValue(name, out var value) ? value?.ToString() : null;
}
