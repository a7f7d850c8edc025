using MemoryAspire.Memory;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;

namespace MemoryAspire.ChatApi;

/// <summary>
/// Every authenticated request is admitted as its <see cref="CurrentUser"/> here, the one place that resolves the token's
/// subject, and runs in that user's <see cref="TenantScope"/>: whatever the handlers query, PostgreSQL returns
/// only that user's rows, even from a query that forgets to filter by user (the tenant guard sets the scope on the connection
/// before every statement). Every request, authenticated or not, ends with its database connection given back to the pool,
/// so a pooled context does not hold one while it waits for the next request.
/// </summary>
public static class Tenancy
{
    public static IApplicationBuilder UseMemoryTenant(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            if (context.User.Identity?.IsAuthenticated == true && context.User.FindFirst("sub")?.Value is { Length: > 0 } subject)
            {
                var user = new MemoryUser(await context.RequestServices.GetRequiredService<UserDirectory>().ResolveAsync(subject, context.RequestAborted), subject);
                context.RequestServices.GetRequiredService<CurrentUser>().Admit(user);
                using (TenantScope.ForUser(user.Id))
                {
                    await next(context);
                }
            }
            else
            {
                await next(context);
            }
        }
        finally
        {
            await context.RequestServices.GetRequiredService<MemoryDbContext>().Database.CloseConnectionAsync();
        }
    });
}
