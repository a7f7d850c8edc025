using MemoryAspire.Web.Account;
using MemoryAspire.Web.Components;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.FluentUI.AspNetCore.Components;

namespace MemoryAspire.Web;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddFluentUIComponents();
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<AccessTokenSource>();
        var chatApi = builder.Services.AddHttpClient<ChatApiClient>(client =>
        {
            client.BaseAddress = new("https+http://chatapi");
            // A streamed reply from a real model can take minutes; the stream itself is read as it comes.
            client.Timeout = TimeSpan.FromMinutes(3);
        });
#pragma warning disable EXTEXP0001 // The only way to opt one client out of the defaults' standard handler.
        // No automatic retries: an outage shows at once, and the user resends the kept message (with the same idempotency key).
        chatApi.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.AddSignIn();
        return builder;
    }

    private static void AddSignIn(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SignInOptions.SectionName).Get<SignInOptions>() ?? new SignInOptions();
        var jwt = builder.Configuration.GetSection(JwtSettings.SectionName).Get<JwtSettings>() ?? new JwtSettings();
        var settings = new SignInSettings(options.DevelopmentSignIn ?? builder.Environment.IsDevelopment(), options.OpenIdConnectConfigured);
        builder.Services.AddSingleton(jwt);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<DevelopmentSignIn>();

        var authentication = builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/signin";
                cookie.Cookie.Name = "memoryaspire.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = jwt.DevelopmentTokenLifetime;
                cookie.SlidingExpiration = false;
            });
        if (settings.OpenIdConnect)
        {
            authentication.AddOpenIdConnect(oidc =>
            {
                oidc.Authority = options.OpenIdConnect.Authority;
                oidc.ClientId = options.OpenIdConnect.ClientId;
                oidc.ClientSecret = options.OpenIdConnect.ClientSecret;
                oidc.ResponseType = "code";
                oidc.SaveTokens = false;
                oidc.MapInboundClaims = false;
                oidc.TokenValidationParameters.NameClaimType = "name";
                foreach (var scope in options.OpenIdConnect.Scopes)
                {
                    oidc.Scope.Add(scope);
                }

                // The access token joins the cookie's claims (encrypted, server-side use only) so calls to ChatApi can carry it.
                oidc.Events.OnTokenValidated = context =>
                {
                    if (context.TokenEndpointResponse?.AccessToken is { } accessToken && context.Principal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                    {
                        identity.AddClaim(new(AccessTokenSource.ClaimType, accessToken));
                    }

                    return Task.CompletedTask;
                };
            });
        }

        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
    }

    public static WebApplication MapFrontEnd(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapPages();
        return app;
    }
}
