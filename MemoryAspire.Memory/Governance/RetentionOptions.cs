using MemoryAspire.Memory.Extraction;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// How long each class of memory is kept (configuration section <c>Retention</c>); <see cref="TimeSpan.Zero"/> keeps it forever.
/// The defaults keep a year of conversation, a shorter time for personal data and history, and drop sessions untouched for a year.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Messages older than this (from when they were stored) are deleted with what was derived only from them.</summary>
    public TimeSpan Messages { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// Summary versions older than this are deleted; a current one is then rebuilt from the messages still held, so a summary
    /// never outlives this policy even when its session's messages are kept longer.
    /// </summary>
    public TimeSpan Summaries { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Facts not observed again for this long, unless <see cref="FactsByCategory"/> says otherwise for their category.</summary>
    public TimeSpan Facts { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Per fact category (<see cref="FactCategories"/>), overriding <see cref="Facts"/>; zero keeps that category forever.</summary>
    public IDictionary<string, TimeSpan> FactsByCategory { get; } = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Facts holding any PII kind expire after this at the latest (from when they were last observed).</summary>
    public TimeSpan PiiFacts { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Superseded, rejected and deleted fact versions are kept this long after they stopped being current.</summary>
    public TimeSpan FactHistory { get; set; } = TimeSpan.FromDays(90);

    /// <summary>A session with no activity for this long is deleted whole, with everything derived only from its messages.</summary>
    public TimeSpan InactiveSessions { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Done and failed memory jobs (ids only, no content) are kept this long after they ended, for diagnosis.</summary>
    public TimeSpan FinishedJobs { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often MemoryWorker sweeps; zero turns the sweeper off.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Rows one transaction deletes; a crash loses at most one uncommitted batch, which the next sweep redoes.</summary>
    public int BatchSize { get; set; } = 5000;

    /// <summary>
    /// A ceiling on the rows a sweep deletes per second, counting what cascades with them (it waits between batches to stay
    /// under it), so that a large backlog
    /// of expired data does not take the database's CPU from chat turns; 0: as fast as the database goes.
    /// </summary>
    public int MaxRowsPerSecond { get; set; }

    /// <summary>Sessions one transaction of the inactive-session sweep takes (their messages still go at most <see cref="BatchSize"/> at a time).</summary>
    public int SessionBatchSize { get; set; } = 200;

    /// <summary>Every problem with the settings, in words naming the key to fix; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        List<string> errors = [];
        void NotNegative(string key, TimeSpan value)
        {
            if (value < TimeSpan.Zero)
            {
                errors.Add($"{SectionName}:{key} is {value}: a retention period must be positive, or 0 to keep forever.");
            }
        }

        NotNegative(nameof(Messages), Messages);
        NotNegative(nameof(Summaries), Summaries);
        NotNegative(nameof(Facts), Facts);
        NotNegative(nameof(PiiFacts), PiiFacts);
        NotNegative(nameof(FactHistory), FactHistory);
        NotNegative(nameof(InactiveSessions), InactiveSessions);
        NotNegative(nameof(FinishedJobs), FinishedJobs);
        foreach (var (category, period) in FactsByCategory)
        {
            if (!FactCategories.All.Contains(category, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add($"{SectionName}:{nameof(FactsByCategory)}:{category} names no fact category; the categories are: {string.Join(", ", FactCategories.All)}.");
            }

            NotNegative($"{nameof(FactsByCategory)}:{category}", period);
        }

        if (SweepInterval < TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:{nameof(SweepInterval)} is {SweepInterval}: it must be positive, or 0 to turn the sweeper off.");
        }

        if (BatchSize is < 1 or > 100_000)
        {
            errors.Add($"{SectionName}:{nameof(BatchSize)} is {BatchSize}: it must be between 1 and 100000.");
        }

        if (MaxRowsPerSecond < 0)
        {
            errors.Add($"{SectionName}:{nameof(MaxRowsPerSecond)} is {MaxRowsPerSecond}: it must be positive, or 0 for no ceiling.");
        }

        if (SessionBatchSize is < 1 or > 10_000)
        {
            errors.Add($"{SectionName}:{nameof(SessionBatchSize)} is {SessionBatchSize}: it must be between 1 and 10000.");
        }

        return errors;
    }

    /// <summary>The period that applies to facts of <paramref name="category"/> (zero: no limit by category).</summary>
    public TimeSpan FactPeriod(string category) =>
        FactsByCategory.TryGetValue(category, out var period) ? period : Facts;

    /// <summary>
    /// When a fact expires: the shortest of its category's period and, if it holds PII, <see cref="PiiFacts"/>, counted from when
    /// it was last observed; null when no policy limits it.
    /// </summary>
    public DateTimeOffset? FactExpiresAt(string category, IReadOnlyCollection<string> piiKinds, DateTimeOffset observedAt)
    {
        ArgumentNullException.ThrowIfNull(piiKinds);
        TimeSpan? shortest = null;
        foreach (var period in (IEnumerable<TimeSpan>)[FactPeriod(category), piiKinds.Count > 0 ? PiiFacts : TimeSpan.Zero])
        {
            if (period > TimeSpan.Zero && (shortest is null || period < shortest))
            {
                shortest = period;
            }
        }

        return shortest is { } ttl ? Add(observedAt, ttl) : null;
    }

    /// <summary>The moment before which data of a class with <paramref name="period"/> has expired; null when it is kept forever.</summary>
    public static DateTimeOffset? Cutoff(DateTimeOffset now, TimeSpan period) =>
        period > TimeSpan.Zero ? Add(now, -period) : null;

    /// <summary>The policy as the admin API shows it.</summary>
    public RetentionPolicyInfo ToInfo()
    {
        static double? Days(TimeSpan period) => period > TimeSpan.Zero ? period.TotalDays : null;
        return new RetentionPolicyInfo(Days(Messages), Days(Summaries), Days(Facts),
            FactCategories.All.ToDictionary(c => c, c => Days(FactPeriod(c))), Days(PiiFacts), Days(FactHistory), Days(InactiveSessions),
            SweepInterval > TimeSpan.Zero ? SweepInterval.TotalSeconds : null, BatchSize)
        {
            FinishedJobsDays = Days(FinishedJobs),
            MaxRowsPerSecond = MaxRowsPerSecond > 0 ? MaxRowsPerSecond : null,
        };
    }

    private static DateTimeOffset Add(DateTimeOffset at, TimeSpan period)
    {
        // Saturates instead of overflowing: a period of centuries just means "not in this lifetime".
        var max = DateTimeOffset.MaxValue.UtcTicks;
        var ticks = period.Ticks >= 0
            ? (period.Ticks > max - at.UtcTicks ? max : at.UtcTicks + period.Ticks)
            : (-period.Ticks > at.UtcTicks ? 0 : at.UtcTicks + period.Ticks);
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }
}

/// <summary>Fails startup with every retention setting that is wrong, each naming its configuration key.</summary>
public sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
