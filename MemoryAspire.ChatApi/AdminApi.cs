using MemoryAspire.Memory;
using MemoryAspire.Memory.Governance;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MemoryAspire.ChatApi;

/// <summary>Operators' view of the deployment's memory governance; only tokens with role <see cref="AdminRole"/> reach it.</summary>
public static class AdminApi
{
    public const string AdminRole = "memory-admin";
    public const string AdminPolicy = "memory-admin";

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/admin").WithTags("Admin").RequireAuthorization(AdminPolicy).ProducesProblem(401).ProducesProblem(403);
        api.MapGet("/retention", Retention).WithName("GetRetentionPolicy")
            .WithSummary("The effective retention policy: how long each data class is kept (null: forever), and how sweeps run.");
        api.MapGet("/audit", Audit).WithName("ListAllAuditEntries")
            .WithSummary("Audit entries newest first, across users or for one user (user=<subject>); before=<time> pages back (the Link header, rel=next, gives the next page); limit 1 to 1000, default 100.");
        return app;
    }

    public static Ok<RetentionPolicyInfo> Retention(IOptions<RetentionOptions> options) => TypedResults.Ok(options.Value.ToInfo());

    public static async Task<Results<Ok<IReadOnlyList<AuditEntryInfo>>, BadRequestProblem>> Audit(
        HttpContext http, AuditReader audit, string? user, DateTimeOffset? before, int? limit, CancellationToken cancellationToken) =>
        await audit.ListAcrossUsersAsync(string.IsNullOrWhiteSpace(user) ? null : user, before, limit ?? 100, cancellationToken) switch
        {
            { Refusal: { } invalid } => new BadRequestProblem(invalid),
            var page => PageAnswer.Ok(http, page.Value!),
        };
}
