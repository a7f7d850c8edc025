using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MemoryAspire.Web.Account;

/// <summary>Development sign-in: any user name, a ChatApi token signed with the AppHost's development key, kept in the encrypted auth cookie.</summary>
public sealed partial class DevelopmentSignIn(JwtSettings jwt, TimeProvider clock)
{
    public bool Available => jwt.Key() is not null;

    public static bool IsValidUserName(string? name) => name is not null && UserName().IsMatch(name);

    public string IssueToken(string userName)
    {
        var key = jwt.Key() ?? throw new InvalidOperationException("Jwt:SigningKey is missing or shorter than 32 characters: the AppHost sets it; when running Web alone, set Jwt__SigningKey to ChatApi's key.");
        var now = clock.GetUtcNow();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, userName), new Claim(JwtRegisteredClaimNames.Name, userName)]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + jwt.DevelopmentTokenLifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    public async Task SignInAsync(HttpContext http, string userName)
    {
        ArgumentNullException.ThrowIfNull(http);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userName), new Claim(ClaimTypes.Name, userName), new Claim(AccessTokenSource.ClaimType, IssueToken(userName))],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties { ExpiresUtc = clock.GetUtcNow() + jwt.DevelopmentTokenLifetime, IsPersistent = false });
    }

    // The same rule as ChatApi's development token endpoint.
    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$")]
    private static partial Regex UserName();
}
