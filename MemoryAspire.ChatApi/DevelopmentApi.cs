using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MemoryAspire.ChatApi;

/// <summary><see cref="Roles"/> (optional) go into the token, as <c>memory-admin</c> for the admin API.</summary>
public sealed record TokenRequest(string? UserName, IReadOnlyList<string>? Roles = null);

public sealed record TokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt);

/// <summary>Development sign-in: a token for any user name, signed with the AppHost's development key. Not mapped outside Development.</summary>
public static partial class DevelopmentApi
{
    public static IEndpointRouteBuilder MapDevelopmentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/dev").WithTags("Development");
        api.MapPost("/token", IssueToken).WithName("IssueDevelopmentToken").WithSummary("Development only: a bearer token for the given user name, with the given roles (optional).");
        return app;
    }

    public static Results<Ok<TokenResponse>, ProblemHttpResult> IssueToken(TokenRequest request, JwtOptions jwt, TimeProvider clock)
    {
        if (request.UserName is not { } name || !UserName().IsMatch(name))
        {
            return TypedResults.Problem(statusCode: 400, title: "Invalid user name",
                detail: "userName must be 1 to 64 letters, digits, dots, hyphens, underscores or @.");
        }

        if (request.Roles?.Any(r => r is null || !UserName().IsMatch(r)) == true)
        {
            return TypedResults.Problem(statusCode: 400, title: "Invalid role", detail: "Each role must be 1 to 64 letters, digits, dots, hyphens, underscores or @.");
        }

        var now = clock.GetUtcNow();
        return TypedResults.Ok(new TokenResponse(Authentication.IssueToken(jwt, name, now, request.Roles), "Bearer", now + jwt.DevelopmentTokenLifetime));
    }

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$")]
    private static partial Regex UserName();
}
