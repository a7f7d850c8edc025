using System.Security.Cryptography;
using System.Text;
using MemoryAspire.Memory.Extraction;
using MemoryAspire.Memory.Storage;
using MemoryAspire.Memory.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// The credentials of trusted systems of record (configuration <c>Memory:SystemOfRecord:Keys:&lt;name&gt;</c> = key). A
/// presented key is compared with every configured one in constant time, so timing tells nothing about how much matched.
/// </summary>
public static class SystemOfRecordKeys
{
    public const string SectionName = "Memory:SystemOfRecord:Keys";

    /// <summary>Keys shorter than this are ignored: a guessable credential must not make a system of record.</summary>
    public const int MinKeyLength = 16;

    /// <summary>The name of the system whose key <paramref name="presented"/> is, or null.</summary>
    public static string? Match(IEnumerable<KeyValuePair<string, string?>> keys, string? presented)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        // Hashing first makes every comparison the same length.
        var offered = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        string? found = null;
        foreach (var (name, key) in keys)
        {
            var usable = key is { Length: >= MinKeyLength } && !string.IsNullOrWhiteSpace(name);
            var expected = SHA256.HashData(Encoding.UTF8.GetBytes(key ?? ""));
            if (CryptographicOperations.FixedTimeEquals(offered, expected) && usable)
            {
                found ??= name;
            }
        }

        return found;
    }
}

/// <summary>Records what a system of record asserts about a user, in that user's tenant scope, through <see cref="FactRecorder"/>.</summary>
public sealed class SystemFacts(UserDirectory users, FactRecorder recorder, IOptions<MemoryOptions> options, TimeProvider clock)
{
    public const int MaxFactsPerRequest = 100;

    public async Task<Outcome<IReadOnlyList<SystemFactOutcome>>> RecordAsync(string system, string subject, SystemFactsRequest? request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(subject) || subject.Length > 256)
        {
            return new Refusal.Invalid("The subject must be 1 to 256 characters.");
        }

        if (StorableText.FindUnstorable(subject) is { } unstorable)
        {
            return Refusal.Invalid.Unstorable("subject", unstorable);
        }

        if (request?.Facts is not { Count: > 0 } facts)
        {
            return new Refusal.Invalid("The body has no facts: send {\"facts\": [{\"key\": \"...\", \"value\": \"...\"}]}.");
        }

        if (facts.Count > MaxFactsPerRequest)
        {
            return new Refusal.Invalid($"At most {MaxFactsPerRequest} facts per request.");
        }

        if (facts.Select((f, i) => FactValueRules.Malformed(f?.Key, f?.Value) is { } why ? $"fact {i}: {why}" : null).FirstOrDefault(w => w is not null) is { } malformed)
        {
            return new Refusal.Invalid($"The facts cannot be stored: {malformed}.");
        }

        var now = clock.GetUtcNow();
        var extractor = FactAuthority.SystemPrefix + system;
        var candidates = facts.Select(f =>
        {
            var category = FactCategories.Normalize(f.Category);
            var key = f.Key.Trim().ToLowerInvariant();
            var value = f.Value.Trim();
            var verdict = FactAdmission.Judge(new FactStatement(key, value, category), options.Value);
            return new FactCandidate(key, verdict.StoredValue, category, 1.0, f.ObservedAt?.ToUniversalTime() ?? now, extractor, "system-of-record-1")
            {
                PiiKinds = PiiDetector.Kinds(value), Rejection = verdict.Refusal,
            };
        }).ToList();

        var userId = await users.ResolveAsync(subject, cancellationToken).ConfigureAwait(false);
        // The request has no user token: the user's scope starts here (the tenant guard sets it on the open connection).
        using (TenantScope.ForUser(userId))
        {
            var outcomes = await recorder.RecordAsync(userId, candidates, extractor, cancellationToken).ConfigureAwait(false);
            return Outcome.Of<IReadOnlyList<SystemFactOutcome>>([.. candidates.Select(c => outcomes.FirstOrDefault(o => ReferenceEquals(o.Candidate, c)) is { } o
                ? new SystemFactOutcome(c.Key, Describe(o), o.FactId)
                : new SystemFactOutcome(c.Key, "unchanged", null))]);
        }
    }

    public static string Describe(FactOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Rejected ? "rejected" : outcome.Change switch
        {
            FactChange.Create => "created",
            FactChange.Supersede => "superseded",
            FactChange.Confirm => "confirmed",
            FactChange.Outranked => "outranked",
            _ => "unchanged",
        };
    }
}
