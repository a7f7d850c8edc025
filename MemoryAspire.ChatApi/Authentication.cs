using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MemoryAspire.ChatApi;

/// <summary>JWT settings (section <c>Jwt</c>); the AppHost generates <see cref="SigningKey"/> and hands it to ChatApi and Web.</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "memoryaspire";

    public string Audience { get; set; } = "memoryaspire";

    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    public SymmetricSecurityKey Key() =>
        SigningKey is { Length: >= 32 } key
            ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key))
            : throw new InvalidOperationException("Jwt:SigningKey is missing or shorter than 32 characters: the AppHost sets it; when running ChatApi alone, set Jwt__SigningKey.");
}

public static class Authentication
{
    public static IHostApplicationBuilder AddMemoryAuthentication(this IHostApplicationBuilder builder)
    {
        var jwt = builder.Configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();
        var signingKey = jwt.Key();
        builder.Services.AddSingleton(jwt);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            // Keep "sub" as "sub": the user id is the token's subject and nothing else.
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                IssuerSigningKey = signingKey,
                NameClaimType = JwtRegisteredClaimNames.Sub,
                RoleClaimType = RoleClaim,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(AdminApi.AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(AdminApi.AdminRole));
        return builder;
    }

    /// <summary>Roles travel as the token's <c>role</c> claim (one per role).</summary>
    public const string RoleClaim = "role";

    public static string IssueToken(JwtOptions jwt, string subject, DateTimeOffset now, IReadOnlyList<string>? roles = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, subject), new Claim(JwtRegisteredClaimNames.Name, subject),
                .. (roles ?? []).Select(r => new Claim(RoleClaim, r))]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + jwt.DevelopmentTokenLifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(jwt.Key(), SecurityAlgorithms.HmacSha256),
        });
}
