using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace MemoryAspire.Dashboard.Ui;

/// <summary>
/// Aspire's browser-token login: the token printed at start is exchanged once at <c>/login?t=</c> for a session cookie,
/// which holds a secret of this run, never the token itself.
/// </summary>
internal sealed class BrowserLogin(DashboardOptions options)
{
    public const string CookieName = "memoryaspire-dashboard";

    private readonly string _session = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public bool Required => !string.IsNullOrEmpty(options.BrowserToken);

    private string Token => options.BrowserToken ?? "";

    public bool IsSignedIn(HttpContext context) =>
        !Required || (context.Request.Cookies.TryGetValue(CookieName, out var cookie) && SecretComparison.Matches(cookie, _session));

    public static Task<IResult> LoginAsync(HttpContext context, BrowserLogin login)
    {
        var token = context.Request.Query["t"].ToString();
        if (!login.Required || SecretComparison.Matches(token, login.Token))
        {
            context.Response.Cookies.Append(CookieName, login._session, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                IsEssential = true,
                Path = "/",
            });
            // Only a path on this dashboard, never another site.
            var returnUrl = context.Request.Query["returnUrl"].ToString();
            var local = returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.Contains('\\', StringComparison.Ordinal);
            return Task.FromResult<IResult>(TypedResults.Redirect(local ? returnUrl : "/"));
        }

        var problem = token.Length == 0 ? "" : "<p class=\"error\">That token is not this dashboard's.</p>";
        var form = $"""
            <h1>Log in</h1>{problem}
            <p>Open the login link the AppHost printed when it started, or paste its token.</p>
            <form method="get" action="/login"><input name="t" type="password" autocomplete="off" size="40"> <button>Log in</button></form>
            """;
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.FromResult<IResult>(TypedResults.Content(Html.Page("/login", "Log in", form, partial: false), "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status401Unauthorized));
    }
}
