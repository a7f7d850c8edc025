using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Jobs;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StackExchange.Redis;

namespace MemoryAspire.Stack.Tests;

/// <summary>The retention sweep in-process on a fake clock, against the stack's real PostgreSQL and Redis.</summary>
[Collection(RetentionTests.Name)]
public sealed class RetentionSweepTests(RetentionFixture stack) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private RetentionHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await CreateHarnessAsync(new Dictionary<string, string>());

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private async Task<RetentionHarness> CreateHarnessAsync(IReadOnlyDictionary<string, string> overrides)
    {
        var harness = await RetentionHarness.CreateAsync(await stack.SweepDatabaseAsync(), (await stack.App.GetConnectionStringAsync("cache"))!, Now, overrides);
        await harness.ResetAsync();
        return harness;
    }

    private static Task<bool> Exists<T>(MemoryDbContext db, Guid id) where T : class =>
        db.Set<T>().AnyAsync(e => EF.Property<Guid>(e, "Id") == id);

    [Fact]
    public async Task Expired_messages_go_with_facts_derived_only_from_them_their_summary_is_rebuilt_and_their_window_purged()
    {
        var user = Seed.User(Now);
        var session = Seed.Session(user, Now);
        var old = Enumerable.Range(1, 2).Select(i => Seed.Message(session, i, Now.AddDays(-40))).ToList();
        var recent = Enumerable.Range(3, 4).Select(i => Seed.Message(session, i, Now.AddDays(-29))).ToList();
        var onlyOld = Seed.Fact(user, "editor", "technology", Now.AddDays(-1), old[0]);
        var alsoRecent = Seed.Fact(user, "city", "location", Now.AddDays(-1), old[1], recent[0]);
        var summary = Seed.Summary(session, Now.AddDays(-1), true, [.. old, recent[0]]);
        await _harness.SeedAsync([user, session, .. old, .. recent, onlyOld, alsoRecent, summary]);
        var window = MemoryCacheStore.WindowKey(user.Id, session.Id);
        await _harness.Redis.GetDatabase().StringSetAsync(window, "cached window");

        var result = await _harness.SweepAsync();
        await _harness.RunJobsAsync();

        Assert.Equal(2, result.Expired[RetentionClasses.Messages]);
        var messages = await _harness.QueryAsync(db => db.Messages.Where(m => m.SessionId == session.Id).Select(m => m.Id).ToListAsync());
        Assert.Equal(recent.Select(m => m.Id).Order(), messages.Order());
        Assert.False(await _harness.QueryAsync(db => Exists<MemoryFact>(db, onlyOld.Id)));
        var kept = await _harness.QueryAsync(db => db.Facts.SingleAsync(f => f.Id == alsoRecent.Id));
        Assert.Equal([recent[0].Id], kept.ConfirmedByMessageIds);
        var rebuilt = await _harness.QueryAsync(db => db.Summaries.SingleAsync(s => s.SessionId == session.Id && s.IsCurrent));
        Assert.NotEqual(summary.Id, rebuilt.Id);
        Assert.NotEmpty(rebuilt.CoveredMessageIds);
        Assert.All(rebuilt.CoveredMessageIds, id => Assert.Contains(id, recent.Select(m => m.Id)));
        Assert.False(await _harness.Redis.GetDatabase().KeyExistsAsync(window));

        var audit = await _harness.QueryAsync(db => db.AuditEntries.Where(e => e.UserId == user.Id).ToListAsync());
        Assert.All(audit, e => Assert.Equal((AuditLog.RetentionActor, AuditActions.Expire), (e.Actor, e.Action)));
        Assert.Equal(old.Select(m => m.Id).Order(), audit.Single(e => e.TargetType == AuditTargets.Message).TargetIds.Order());
        Assert.Equal([onlyOld.Id], audit.Single(e => e.TargetType == AuditTargets.Fact).TargetIds);
    }

    [Fact]
    public async Task Summary_versions_expire_by_age_and_an_expired_current_one_is_rebuilt_from_the_messages_still_held()
    {
        var user = Seed.User(Now);
        var session = Seed.Session(user, Now);
        var messages = Enumerable.Range(1, 6).Select(i => Seed.Message(session, i, Now.AddDays(-10))).ToList();
        var oldVersion = Seed.Summary(session, Now.AddDays(-70), false, messages[0]);
        var current = Seed.Summary(session, Now.AddDays(-61), true, messages[0], messages[1]);
        var other = Seed.Session(user, Now);
        var otherMessages = Enumerable.Range(1, 2).Select(i => Seed.Message(other, i, Now.AddDays(-10))).ToList();
        var fresh = Seed.Summary(other, Now.AddDays(-59), true, [.. otherMessages]);
        await _harness.SeedAsync([user, session, other, .. messages, .. otherMessages, oldVersion, current, fresh]);

        var result = await _harness.SweepAsync();
        await _harness.RunJobsAsync();

        Assert.Equal(2, result.Expired[RetentionClasses.Summaries]);
        var summaries = await _harness.QueryAsync(db => db.Summaries.Where(s => s.UserId == user.Id).ToListAsync());
        Assert.DoesNotContain(summaries, s => s.Id == oldVersion.Id || s.Id == current.Id);
        Assert.Contains(summaries, s => s.Id == fresh.Id);
        var rebuilt = Assert.Single(summaries, s => s.SessionId == session.Id && s.IsCurrent);
        Assert.Equal(Now, rebuilt.CreatedAt);
        Assert.Equal(6, await _harness.QueryAsync(db => db.Messages.CountAsync(m => m.SessionId == session.Id)));
    }

    [Fact]
    public async Task Facts_expire_by_their_category_period_counted_from_when_they_were_last_observed()
    {
        var user = Seed.User(Now);
        var preference = Seed.Fact(user, "tone", "preference", Now.AddDays(-11));
        var freshPreference = Seed.Fact(user, "language", "preference", Now.AddDays(-9));
        var work = Seed.Fact(user, "employer", "work", Now.AddDays(-20));
        var oldWork = Seed.Fact(user, "team", "work", Now.AddDays(-31));
        var identity = Seed.Fact(user, "name", "identity", Now.AddDays(-1000));
        await _harness.SeedAsync(user, preference, freshPreference, work, oldWork, identity);

        var result = await _harness.SweepAsync();

        Assert.Equal(2, result.Expired[RetentionClasses.Facts]);
        var left = await _harness.QueryAsync(db => db.Facts.Where(f => f.UserId == user.Id).Select(f => f.Key).ToListAsync());
        Assert.Equal(["employer", "language", "name"], left.Order());

        _harness.Clock.Advance(TimeSpan.FromDays(1.5));
        await _harness.SweepAsync();

        left = await _harness.QueryAsync(db => db.Facts.Where(f => f.UserId == user.Id).Select(f => f.Key).ToListAsync());
        Assert.Equal(["employer", "name"], left.Order());
    }

    [Fact]
    public async Task Facts_holding_pii_expire_sooner_than_others_of_their_category()
    {
        var user = Seed.User(Now);
        var email = Seed.Fact(user, "email", "contact", Now.AddDays(-6));
        email.PiiKinds = ["email"];
        var phone = Seed.Fact(user, "phone", "contact", Now.AddDays(-4));
        phone.PiiKinds = ["phone"];
        var city = Seed.Fact(user, "city", "contact", Now.AddDays(-6));
        await _harness.SeedAsync(user, email, phone, city);

        var result = await _harness.SweepAsync();

        Assert.Equal(1, result.Expired[RetentionClasses.PiiFacts]);
        var left = await _harness.QueryAsync(db => db.Facts.Where(f => f.UserId == user.Id).Select(f => f.Key).ToListAsync());
        Assert.Equal(["city", "phone"], left.Order());
    }

    [Fact]
    public async Task Superseded_rejected_and_deleted_versions_expire_after_the_history_period_and_current_facts_stay()
    {
        var user = Seed.User(Now);
        var current = Seed.Fact(user, "city", "location", Now.AddDays(-1));
        var superseded = Seed.Fact(user, "city", "location", Now.AddDays(-2));
        (superseded.Status, superseded.ValidTo, superseded.SupersededById) = (FactStatuses.Superseded, Now.AddDays(-61), current.Id);
        var recentlySuperseded = Seed.Fact(user, "city", "location", Now.AddDays(-2));
        (recentlySuperseded.Status, recentlySuperseded.ValidTo) = (FactStatuses.Superseded, Now.AddDays(-59));
        var rejected = Seed.Fact(user, "instruction", "other", Now.AddDays(-2));
        (rejected.Status, rejected.RecordedAt, rejected.RejectionReason) = (FactStatuses.Rejected, Now.AddDays(-61), "instruction-like");
        await _harness.SeedAsync(user, current, superseded, recentlySuperseded, rejected);

        var result = await _harness.SweepAsync();

        Assert.Equal(2, result.Expired[RetentionClasses.FactHistory]);
        var left = await _harness.QueryAsync(db => db.Facts.Where(f => f.UserId == user.Id).Select(f => f.Id).ToListAsync());
        Assert.Equal(new[] { current.Id, recentlySuperseded.Id }.Order(), left.Order());
    }

    [Fact]
    public async Task An_inactive_session_is_deleted_whole_with_its_derived_data_and_an_active_one_stays()
    {
        var user = Seed.User(Now);
        var inactive = Seed.Session(user, Now.AddDays(-91));
        // Messages young enough for the message policy: the session's inactivity alone removes them.
        var messages = Enumerable.Range(1, 120).Select(i => Seed.Message(inactive, i, Now.AddDays(-20))).ToList();
        var fact = Seed.Fact(user, "editor", "technology", Now.AddDays(-1), messages[0]);
        var summary = Seed.Summary(inactive, Now.AddDays(-20), true, messages[0], messages[1]);
        var active = Seed.Session(user, Now.AddDays(-89));
        var activeMessage = Seed.Message(active, 1, Now.AddDays(-20));
        await _harness.SeedAsync([user, inactive, active, .. messages, activeMessage, fact, summary]);
        var window = MemoryCacheStore.WindowKey(user.Id, inactive.Id);
        await _harness.Redis.GetDatabase().StringSetAsync(window, "cached window");

        var result = await _harness.SweepAsync();
        await _harness.RunJobsAsync();

        // 120 messages in batches of 50, then the session.
        Assert.Equal(121, result.Expired[RetentionClasses.InactiveSessions]);
        Assert.False(await _harness.QueryAsync(db => Exists<ChatSession>(db, inactive.Id)));
        Assert.Equal(0, await _harness.QueryAsync(db => db.Messages.CountAsync(m => m.SessionId == inactive.Id)));
        Assert.Equal(0, await _harness.QueryAsync(db => db.Summaries.CountAsync(s => s.SessionId == inactive.Id)));
        Assert.False(await _harness.QueryAsync(db => Exists<MemoryFact>(db, fact.Id)));
        Assert.True(await _harness.QueryAsync(db => Exists<ChatSession>(db, active.Id)));
        Assert.True(await _harness.QueryAsync(db => Exists<StoredMessage>(db, activeMessage.Id)));
        Assert.False(await _harness.Redis.GetDatabase().KeyExistsAsync(window));
        Assert.Contains(await _harness.QueryAsync(db => db.AuditEntries.Where(e => e.UserId == user.Id).ToListAsync()),
            e => e is { Action: AuditActions.Expire, TargetType: AuditTargets.Session } && e.TargetIds.SequenceEqual([inactive.Id]));
    }

    [Fact]
    public async Task Finished_jobs_go_after_their_period_and_pending_ones_never_do()
    {
        var user = Seed.User(Now);
        MemoryJob Job(string status, DateTimeOffset ended) => new()
        {
            Kind = JobKinds.Extract, DedupKey = $"test:{Guid.NewGuid():N}", UserId = user.Id, Status = status, Attempts = 1,
            RunAfter = ended, CreatedAt = ended, CompletedAt = status == JobStatuses.Done ? ended : null,
        };
        var oldDone = Job(JobStatuses.Done, Now.AddDays(-10));
        var oldFailed = Job(JobStatuses.Failed, Now.AddDays(-10));
        var recentDone = Job(JobStatuses.Done, Now.AddDays(-1));
        var oldPending = Job(JobStatuses.Pending, Now.AddDays(-30));
        await _harness.SeedAsync(user, oldDone, oldFailed, recentDone, oldPending);

        var result = await _harness.SweepAsync();

        Assert.Equal(2, result.Expired[RetentionClasses.FinishedJobs]);
        var left = await _harness.QueryAsync(db => db.Jobs.Where(j => j.UserId == user.Id).Select(j => j.Id).ToListAsync());
        Assert.Equal(new[] { recentDone.Id, oldPending.Id }.Order(), left.Order());
    }

    [Fact]
    public async Task Nothing_is_swept_twice_a_second_sweep_finds_nothing_and_a_class_kept_forever_is_not_swept()
    {
        await using var harness = await CreateHarnessAsync(new Dictionary<string, string> { ["Retention:Messages"] = "0" });
        var user = Seed.User(Now);
        var session = Seed.Session(user, Now);
        var ancient = Seed.Message(session, 1, Now.AddYears(-5));
        var fact = Seed.Fact(user, "team", "work", Now.AddDays(-31));
        await harness.SeedAsync(user, session, ancient, fact);

        var first = await harness.SweepAsync();
        var second = await harness.SweepAsync();

        Assert.Equal(1, first.Total);
        Assert.Equal(0, second.Total);
        Assert.True(await harness.QueryAsync(db => Exists<StoredMessage>(db, ancient.Id)));
    }

    [Fact]
    public async Task Each_batch_enqueues_one_purge_job_for_all_its_users_and_the_sweep_walks_forward_through_every_batch()
    {
        // Three users chatting at the same time long ago: their messages interleave, so every batch spans users.
        await using var harness = await CreateHarnessAsync(new Dictionary<string, string> { ["Retention:BatchSize"] = "4" });
        var users = Enumerable.Range(0, 3).Select(_ => Seed.User(Now)).ToList();
        var sessions = users.Select(u => Seed.Session(u, Now)).ToList();
        var old = Enumerable.Range(1, 4).SelectMany(i => sessions.Select((s, n) => Seed.Message(s, i, Now.AddDays(-40).AddMinutes(i * 3 + n)))).ToList();
        var kept = sessions.Select(s => Seed.Message(s, 5, Now.AddDays(-1))).ToList();
        await harness.SeedAsync([.. users, .. sessions, .. old, .. kept]);
        var keys = users.Zip(sessions, (u, s) => (RedisKey)MemoryCacheStore.WindowKey(u.Id, s.Id)).Concat(users.Select(u => (RedisKey)MemoryCacheStore.ProfileKey(u.Id))).ToList();
        foreach (var key in keys)
        {
            await harness.Redis.GetDatabase().StringSetAsync(key, "cached");
        }

        var result = await harness.SweepAsync();

        Assert.Equal(old.Count, result.Expired[RetentionClasses.Messages]);
        Assert.Equal(3, result.Batches);
        var left = await harness.QueryAsync(db => db.Messages.Select(m => m.Id).ToListAsync());
        Assert.Equal(kept.Select(m => m.Id).Order(), left.Order());
        var purges = await harness.QueryAsync(db => db.Jobs.Where(j => j.Kind == JobKinds.PurgeCache).ToListAsync());
        Assert.Equal(3, purges.Count);
        Assert.All(purges, j => Assert.Equal(Guid.Empty, j.UserId));
        Assert.All(purges, j => Assert.DoesNotContain("talked about the garden", j.Payload!, StringComparison.Ordinal));
        var targets = purges.SelectMany(j => CacheTargets.FromJson(j.Payload!).Windows).ToList();
        Assert.Equal(sessions.Select(s => s.Id).Order(), targets.Select(t => t.Session).Distinct().Order());

        await harness.RunJobsAsync();

        foreach (var key in keys)
        {
            Assert.False(await harness.Redis.GetDatabase().KeyExistsAsync(key), $"{key} was not purged");
        }
    }

    [Fact]
    public async Task Two_sweepers_at_once_split_the_work_and_never_process_a_row_twice()
    {
        const int Users = 20;
        const int PerSession = 1000;
        var batches = new Dictionary<string, string> { ["Retention:BatchSize"] = "500" };
        await using var first = await CreateHarnessAsync(batches);
        await using var second = await RetentionHarness.CreateAsync(await stack.SweepDatabaseAsync(), (await stack.App.GetConnectionStringAsync("cache"))!, Now, batches);
        var users = Enumerable.Range(0, Users).Select(_ => Seed.User(Now)).ToList();
        var sessions = users.Select(u => Seed.Session(u, Now)).ToList();
        await first.SeedAsync([.. users, .. sessions]);
        await first.ExecuteAsync("""
            INSERT INTO messages (id, session_id, user_id, sequence, role, content, tokens, pii_kinds, created_at)
            SELECT gen_random_uuid(), s.id, s.user_id, g, 'user', 'old message ' || g, 3, '{}', @old
            FROM sessions s, generate_series(1, @n) g
            """, new NpgsqlParameter<DateTimeOffset>("old", Now.AddDays(-31)), new NpgsqlParameter<int>("n", PerSession));

        var results = await Task.WhenAll(Task.Run(first.SweepAsync), Task.Run(second.SweepAsync));

        Assert.Equal(Users * PerSession, results.Sum(r => r.Expired[RetentionClasses.Messages]));
        Assert.Equal(0, await first.QueryAsync(db => db.Messages.CountAsync()));
        var audited = await first.QueryAsync(db => db.AuditEntries.Where(e => e.TargetType == AuditTargets.Message).Select(e => e.TargetIds).ToListAsync());
        var ids = audited.SelectMany(i => i).ToList();
        Assert.Equal(Users * PerSession, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
