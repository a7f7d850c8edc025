using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace MemoryAspire.Web.Account;

/// <summary>
/// How users sign in (section <c>Authentication</c>). Development sign-in mints a ChatApi token for a typed user name with the
/// AppHost's development key (<c>Jwt:SigningKey</c>); anywhere else, OpenID Connect with the settings in <see cref="OpenIdConnect"/>.
/// </summary>
public sealed class SignInOptions
{
    public const string SectionName = "Authentication";

    /// <summary>Offer the user-name form; defaults to true in Development only.</summary>
    public bool? DevelopmentSignIn { get; set; }

    public OpenIdConnectSettings OpenIdConnect { get; set; } = new();

    public bool OpenIdConnectConfigured => !string.IsNullOrWhiteSpace(OpenIdConnect.Authority) && !string.IsNullOrWhiteSpace(OpenIdConnect.ClientId);
}

public sealed class OpenIdConnectSettings
{
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Scopes to request besides openid and profile; include the one ChatApi's audience needs.</summary>
    public IList<string> Scopes { get; } = [];
}

/// <summary>The token settings ChatApi validates (section <c>Jwt</c>, same names and defaults as ChatApi's).</summary>
public sealed class JwtSettings
{
    public const string SectionName = "Jwt";

    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "memoryaspire";

    public string Audience { get; set; } = "memoryaspire";

    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    public SymmetricSecurityKey? Key() => SigningKey is { Length: >= 32 } key ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)) : null;
}
