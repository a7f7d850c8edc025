using MemoryAspire.Hosting.Orchestration;
using Microsoft.Extensions.DependencyInjection;

namespace MemoryAspire.Stack.Tests;

/// <summary>The stack's first start on an empty database, as the fixture's throwaway state folder makes it.</summary>
[Collection(StackTests.Name)]
public sealed class SchemaStartupTests(StackFixture stack)
{
    [Fact]
    public void A_fresh_database_is_migrated_without_a_failed_statement_in_any_services_log()
    {
        var logs = stack.App.Services.GetRequiredService<ApplicationOrchestrator>().ConsoleLogs;
        var worker = logs.Get("memoryworker", last: 10_000).Select(l => l.Text).ToList();
        var chatapi = logs.Get("chatapi", last: 10_000).Select(l => l.Text).ToList();

        Assert.Contains(worker, l => l.Contains("Applying migration '", StringComparison.Ordinal));
        Assert.Contains(worker, l => l.Contains("Schema is current", StringComparison.Ordinal));
        Assert.DoesNotContain(worker.Concat(chatapi), l => l.Contains("Failed executing DbCommand", StringComparison.Ordinal) || l.Contains("__EFMigrationsHistory", StringComparison.Ordinal));
    }
}
