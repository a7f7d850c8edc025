using Microsoft.AspNetCore.Components.Authorization;

namespace MemoryAspire.Web.Account;

/// <summary>
/// The signed-in user's ChatApi token, read from the cookie's claims on the server: from the HTTP request in endpoints,
/// from the circuit's authentication state in interactive components. It is never rendered into a page.
/// </summary>
public sealed class AccessTokenSource(IHttpContextAccessor httpContext, AuthenticationStateProvider authenticationState)
{
    public const string ClaimType = "memoryaspire:access_token";

    public async Task<string?> GetAsync()
    {
        if (httpContext.HttpContext?.User is { Identity.IsAuthenticated: true } requestUser)
        {
            return requestUser.FindFirst(ClaimType)?.Value;
        }

        try
        {
            var state = await authenticationState.GetAuthenticationStateAsync();
            return state.User.FindFirst(ClaimType)?.Value;
        }
        catch (InvalidOperationException)
        {
            // Outside a request and a circuit (the anonymous /backend-info call): no user, no token.
            return null;
        }
    }
}
