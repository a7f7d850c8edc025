using System.Security.Cryptography;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// What log parameters may hold. Logs and traces never carry message content, fact values or PII as such: a parameter that
/// must name a person is classified, and the logging pipeline redacts it.
/// </summary>
public static class MemoryDataClasses
{
    public const string Taxonomy = "MemoryAspire";

    /// <summary>Identifies a person (a token subject, a user name): logged as a keyed hash, so entries can still be correlated.</summary>
    public static DataClassification PersonalIdentifier { get; } = new(Taxonomy, nameof(PersonalIdentifier));

    /// <summary>What a user wrote or what is remembered about them: erased from logs entirely.</summary>
    public static DataClassification UserContent { get; } = new(Taxonomy, nameof(UserContent));

    /// <summary>
    /// Redaction for the memory engine's logs: personal identifiers become an HMAC with the key in
    /// <c>Memory:Redaction:HmacKey</c> (base64; a random key per process when unset), user content and anything else classified
    /// is erased.
    /// </summary>
    public static IServiceCollection AddMemoryRedaction(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var key = configuration["Memory:Redaction:HmacKey"] is { Length: >= 44 } configured ? configured : Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        services.AddRedaction(redaction => redaction
            .SetHmacRedactor(o =>
            {
                o.Key = key;
                o.KeyId = 1;
            }, new DataClassificationSet(PersonalIdentifier))
            .SetRedactor<ErasingRedactor>(new DataClassificationSet(UserContent))
            .SetFallbackRedactor<ErasingRedactor>());
        services.AddLogging(logging => logging.EnableRedaction());
        return services;
    }
}

/// <summary>The parameter identifies a person; it is logged as a keyed hash.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class PersonalIdentifierAttribute() : DataClassificationAttribute(MemoryDataClasses.PersonalIdentifier);

/// <summary>The parameter holds what a user wrote or what is remembered about them; it never reaches a log.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class UserContentAttribute() : DataClassificationAttribute(MemoryDataClasses.UserContent);
