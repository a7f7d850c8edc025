using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;

namespace MemoryAspire.ChatApi;

/// <summary>
/// Every authenticated request runs in its user's <see cref="TenantScope"/>: whatever the handlers query, PostgreSQL returns
/// only that user's rows, even from a query that forgets to filter by user.
/// </summary>
public static class Tenancy
{
    public static IApplicationBuilder UseMemoryTenant(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated != true || context.User.FindFirst("sub")?.Value is not { Length: > 0 } subject)
        {
            await next(context);
            return;
        }

        var users = context.RequestServices.GetRequiredService<UserDirectory>();
        var userId = await users.ResolveAsync(subject, context.RequestAborted);
        using (TenantScope.ForUser(userId))
        {
            try
            {
                await next(context);
            }
            finally
            {
                // A connection opened in this user's scope must not stay open in the pooled context for another user's request:
                // the tenant guard runs only when a connection opens.
                await context.RequestServices.GetRequiredService<MemoryDbContext>().Database.CloseConnectionAsync();
            }
        }
    });
}
