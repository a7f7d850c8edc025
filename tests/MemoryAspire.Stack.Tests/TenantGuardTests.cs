using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MemoryAspire.Stack.Tests;

/// <summary>
/// The tenant guard against the stack's real PostgreSQL: a connection that stays open from one user's scope into another's
/// (what a pooled DbContext does when a hand-written statement opened it) runs every later statement as the new scope.
/// </summary>
[Collection(StackTests.Name)]
public sealed class TenantGuardTests(StackFixture stack)
{
    [Fact]
    public async Task A_connection_kept_open_across_scopes_runs_each_statement_as_the_scope_it_is_issued_in()
    {
        var (alex, sam) = await TwoUsersWithMessagesAsync();
        await using var db = await ContextAsync();

        using (TenantScope.ForUser(alex))
        {
            // Opened by a hand-written statement and left open, as FactRecorder and AuditLog do.
            var connection = await db.OpenNpgsqlAsync(CancellationToken.None);
            Assert.Equal([alex], await UsersSeenAsync(connection));
            Assert.Equal([alex], await db.Messages.Select(m => m.UserId).Distinct().ToListAsync());
        }

        using (TenantScope.ForUser(sam))
        {
            // An EF query first, then a hand-written one, on the same open connection.
            Assert.Equal([sam], await db.Messages.Select(m => m.UserId).Distinct().ToListAsync());
            Assert.Equal([sam], await UsersSeenAsync(await db.OpenNpgsqlAsync(CancellationToken.None)));
        }

        // Outside any scope the same connection sees nobody's rows.
        Assert.Empty(await db.Messages.Select(m => m.UserId).Distinct().ToListAsync());
        Assert.Empty(await UsersSeenAsync(await db.OpenNpgsqlAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task A_transaction_begun_on_a_connection_left_open_by_another_scope_runs_as_its_own_scope()
    {
        var (alex, sam) = await TwoUsersWithMessagesAsync();
        await using var db = await ContextAsync();

        // Left open outside any scope, as a user lookup before the request's scope is entered does.
        await db.OpenNpgsqlAsync(CancellationToken.None);
        using (TenantScope.ForUser(sam))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal([sam], await db.Messages.Select(m => m.UserId).Distinct().ToListAsync());
            await transaction.CommitAsync();
        }

        using (TenantScope.ForUser(alex))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal([alex], await UsersSeenAsync(await db.OpenNpgsqlAsync(CancellationToken.None)));
        }
    }

    [Fact]
    public async Task A_transaction_cannot_change_tenant_half_way()
    {
        var (alex, sam) = await TwoUsersWithMessagesAsync();
        await using var db = await ContextAsync();

        using (TenantScope.ForUser(alex))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.NotEmpty(await db.Messages.Select(m => m.Id).ToListAsync());
            using (TenantScope.ForUser(sam))
            {
                var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Messages.Select(m => m.Id).ToListAsync());
                Assert.Contains("tenant scope", refused.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_batch_on_a_fresh_connection_carries_its_own_scope_and_a_failed_one_leaves_the_next_statement_to_set_it_again()
    {
        var (alex, sam) = await TwoUsersWithMessagesAsync();
        // One physical connection behind every open (a pool of one, not reset on close): each scope finds the last one's setting on it.
        await using var db = await ContextAsync(poolOfOne: true);
        using (TenantScope.ForUser(sam))
        {
            Assert.Equal([sam], await db.RunAsync(RawSql.Batch("SELECT DISTINCT user_id FROM messages", _ => { }), ReadUsersAsync, CancellationToken.None));
        }

        await db.Database.CloseConnectionAsync();
        using (TenantScope.ForUser(alex))
        {
            // Opened for the batch without a separate setting round trip: the setting goes first in the batch.
            Assert.Equal([alex], await db.RunAsync(RawSql.Batch("SELECT DISTINCT user_id FROM messages", _ => { }), ReadUsersAsync, CancellationToken.None));
        }

        await db.Database.CloseConnectionAsync();
        using (TenantScope.ForUser(sam))
        {
            // Fails after its first result: the implicit transaction is rolled back, the setting with it, and the connection
            // (still open) is in alex's setting again.
            await using var failing = new NpgsqlBatch();
            failing.BatchCommands.Add(new NpgsqlBatchCommand("SELECT DISTINCT user_id FROM messages"));
            failing.BatchCommands.Add(new NpgsqlBatchCommand("SELECT 1 / (SELECT count(*) - count(*) FROM messages)"));
            await Assert.ThrowsAsync<PostgresException>(() => db.RunAsync(failing, ReadUsersAsync, CancellationToken.None));
            Assert.Equal([sam], await db.Messages.Select(m => m.UserId).Distinct().ToListAsync());
            Assert.Equal([sam], await db.RunAsync(RawSql.Batch("SELECT DISTINCT user_id FROM messages", _ => { }), ReadUsersAsync, CancellationToken.None));
        }
    }

    private static async Task<List<Guid>> ReadUsersAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        List<Guid> users = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(reader.GetGuid(0));
        }

        return users;
    }

    private async Task<(Guid Alex, Guid Sam)> TwoUsersWithMessagesAsync()
    {
        var names = new[] { $"guard-alex-{Guid.NewGuid():N}"[..24], $"guard-sam-{Guid.NewGuid():N}"[..24] };
        foreach (var name in names)
        {
            using var client = await stack.ClientForAsync(name);
            await client.ChatAsync($"I'm {name} and I use PostgreSQL.");
        }

        await using var owner = await stack.OpenDatabaseAsync();
        await using var lookup = new NpgsqlCommand("SELECT id FROM users WHERE subject = @subject", owner);
        var subject = new NpgsqlParameter<string>("subject", names[0]);
        lookup.Parameters.Add(subject);
        var alex = (Guid)(await lookup.ExecuteScalarAsync())!;
        subject.TypedValue = names[1];
        var sam = (Guid)(await lookup.ExecuteScalarAsync())!;
        return (alex, sam);
    }

    private async Task<MemoryDbContext> ContextAsync(bool poolOfOne = false)
    {
        var connectionString = MemoryDbContext.TuneConnectionString(await stack.App.GetConnectionStringAsync("memorydb"));
        if (poolOfOne)
        {
            // A pool of its own (pools are per connection string) with room for one connection.
            connectionString += $";Maximum Pool Size=1;Application Name=guard-{Guid.NewGuid():N}";
        }

        var options = new DbContextOptionsBuilder<MemoryDbContext>().UseNpgsql(connectionString);
        MemoryDbContext.ConfigureOptions(options);
        return new MemoryDbContext(options.Options);
    }

    private static async Task<List<Guid>> UsersSeenAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT DISTINCT user_id FROM messages", connection);
        await using var reader = await command.ExecuteReaderAsync();
        List<Guid> users = [];
        while (await reader.ReadAsync())
        {
            users.Add(reader.GetGuid(0));
        }

        return users;
    }
}
