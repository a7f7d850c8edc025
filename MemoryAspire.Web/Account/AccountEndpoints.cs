using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;

namespace MemoryAspire.Web.Account;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").WithTags("Account");
        account.MapPost("/signin", SignInAsync).WithName("SignIn").WithSummary("Development sign-in with a user name.");
        account.MapGet("/signin/oidc", SignInWithOpenIdConnect).WithName("SignInWithOpenIdConnect").WithSummary("Starts OpenID Connect sign-in.");
        account.MapPost("/signout", (Delegate)SignOutAsync).WithName("SignOut").WithSummary("Ends the session and forgets the token.");
        return app;
    }

    public static async Task<IResult> SignInAsync([FromForm] string? userName, [FromForm] string? returnUrl, HttpContext http, DevelopmentSignIn signIn, SignInSettings settings)
    {
        if (!settings.DevelopmentSignIn || !signIn.Available)
        {
            return TypedResults.Redirect("/signin?error=unavailable");
        }

        userName = userName?.Trim();
        if (!DevelopmentSignIn.IsValidUserName(userName))
        {
            return TypedResults.Redirect($"/signin?error=name&returnUrl={Uri.EscapeDataString(LocalOrHome(returnUrl))}");
        }

        await signIn.SignInAsync(http, userName!);
        return TypedResults.LocalRedirect(LocalOrHome(returnUrl));
    }

    public static IResult SignInWithOpenIdConnect(string? returnUrl, SignInSettings settings) => settings.OpenIdConnect
        ? TypedResults.Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme])
        : TypedResults.Redirect("/signin?error=unavailable");

    public static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect("/signin");
    }

    private static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}

/// <summary>Which ways of signing in this deployment offers, decided once at start-up.</summary>
public sealed record SignInSettings(bool DevelopmentSignIn, bool OpenIdConnect);
