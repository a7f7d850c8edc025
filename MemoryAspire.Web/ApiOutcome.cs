using System.Net;

namespace MemoryAspire.Web;

/// <summary>What went wrong with a ChatApi call, sorted by what the user can do about it.</summary>
public enum ApiProblemKind
{
    /// <summary>ChatApi did not answer at all: try again later; nothing was sent.</summary>
    Unreachable,

    /// <summary>ChatApi answered 5xx.</summary>
    ServerError,

    /// <summary>503: a service ChatApi needs (PostgreSQL, Redis) is down, named in the title; try again at <see cref="ApiProblem.RetryAt"/>.</summary>
    Unavailable,

    /// <summary>429: wait until <see cref="ApiProblem.RetryAt"/>.</summary>
    RateLimited,

    /// <summary>401: the sign-in expired.</summary>
    SignedOut,

    /// <summary>Any other 4xx: the request itself was refused (empty or oversized message, a fact or session that is gone...).</summary>
    Refused,
}

public sealed record ApiProblem(ApiProblemKind Kind, int? Status, string Title, string? Detail, DateTimeOffset? RetryAt = null)
{
    public string Message => Kind switch
    {
        ApiProblemKind.Unreachable => "ChatApi cannot be reached right now. Your message is kept: send it again in a moment.",
        ApiProblemKind.ServerError => $"ChatApi failed ({Status}: {Detail ?? Title}). Your message is kept: send it again.",
        ApiProblemKind.Unavailable => $"{Title}, so ChatApi cannot answer right now. Your message is kept: "
            + (RetryAt is { } again ? $"send it again at {again.ToLocalTime():HH:mm:ss}." : "send it again in a moment."),
        ApiProblemKind.RateLimited => RetryAt is { } at
            ? $"Too many messages for now. You can send again at {at.ToLocalTime():HH:mm:ss}."
            : "Too many messages for now. Wait a minute and send again.",
        ApiProblemKind.SignedOut => "Your sign-in has expired: sign in again.",
        _ => Detail ?? Title,
    };

    public static ApiProblem FromStatus(HttpStatusCode status, string? title, string? detail, DateTimeOffset? retryAt)
    {
        var code = (int)status;
        var kind = code switch
        {
            429 => ApiProblemKind.RateLimited,
            401 => ApiProblemKind.SignedOut,
            503 => ApiProblemKind.Unavailable,
            >= 500 => ApiProblemKind.ServerError,
            _ => ApiProblemKind.Refused,
        };
        return new ApiProblem(kind, code, title ?? status.ToString(), detail, retryAt);
    }
}

/// <summary>A ChatApi answer: a value, or the problem that stopped it.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;
}

public static class ApiResult
{
    public static ApiResult<T> Ok<T>(T value) => new(value, null);

    public static ApiResult<T> Failed<T>(ApiProblem problem) => new(default, problem);
}
