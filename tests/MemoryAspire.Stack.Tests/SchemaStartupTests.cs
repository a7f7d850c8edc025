namespace MemoryAspire.Stack.Tests;

/// <summary>The stack's first start on an empty database, as the fixture's throwaway state folder makes it.</summary>
[Collection(StackTests.Name)]
public sealed class SchemaStartupTests(StackFixture stack)
{
    [Fact]
    public void A_fresh_database_is_migrated_without_a_failed_statement_in_any_services_log()
    {
        var worker = stack.Stack.Output.StartupLines("memoryworker").Select(l => l.Content).ToList();
        var chatapi = stack.Stack.Output.StartupLines("chatapi").Select(l => l.Content).ToList();

        Assert.Contains(worker, l => l.Contains("Applying migration '", StringComparison.Ordinal));
        Assert.Contains(worker, l => l.Contains("Schema is current", StringComparison.Ordinal));
        Assert.DoesNotContain(worker.Concat(chatapi), l => l.Contains("Failed executing DbCommand", StringComparison.Ordinal) || l.Contains("__EFMigrationsHistory", StringComparison.Ordinal));
    }

    [Fact]
    public void ChatApi_starts_beside_the_worker_but_listens_only_once_the_schema_is_current()
    {
        var chatapi = stack.Stack.Output.StartupLines("chatapi").Select(l => l.Content).ToList();

        var current = chatapi.FindIndex(l => l.Contains("Schema is current", StringComparison.Ordinal));
        var listening = chatapi.FindIndex(l => l.Contains("Now listening on", StringComparison.Ordinal));
        Assert.True(current >= 0 && listening > current, string.Join(Environment.NewLine, chatapi));
    }

    [Fact]
    public void A_first_start_logs_no_error_in_any_resource_and_postgres_reports_no_failed_statement()
    {
        var output = stack.Stack.Output;
        var errors = output.Resources
            .SelectMany(r => output.StartupLines(r).Select(l => (Resource: r, Line: l.Content)))
            .Where(l => l.Line.Contains("fail:", StringComparison.Ordinal) || l.Line.Contains("crit:", StringComparison.Ordinal)
                || l.Line.Contains("ERROR:", StringComparison.Ordinal) || l.Line.Contains("FATAL:", StringComparison.Ordinal)
                || l.Line.Contains("Unhealthy", StringComparison.Ordinal))
            .Select(l => $"{l.Resource}: {l.Line}")
            .ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Contains("postgres", output.Resources);
        Assert.NotEmpty(output.StartupLines("postgres"));
    }
}
