namespace MemoryAspire.Memory.Extraction;

/// <summary>A fact found in one user message; <see cref="Key"/> is lower-case words ("name", "vector store").</summary>
public sealed record ExtractedFact(string Key, string Value, string Category, double Confidence);

/// <summary>Finds facts about the user in what the user wrote.</summary>
public interface IFactExtractor
{
    /// <summary>Recorded on every fact as its extractor (a model name, or <c>offline-rules</c>).</summary>
    string Name { get; }

    /// <summary>The prompt or rule-set version, recorded on every fact.</summary>
    string Version { get; }

    Task<IReadOnlyList<ExtractedFact>> ExtractAsync(string message, CancellationToken cancellationToken);
}

/// <summary>Categories a fact can have; unknown ones from a model are mapped to <see cref="Other"/>.</summary>
public static class FactCategories
{
    public const string Identity = "identity";
    public const string Preference = "preference";
    public const string Technology = "technology";
    public const string Project = "project";
    public const string Work = "work";
    public const string Location = "location";
    public const string Contact = "contact";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Identity, Preference, Technology, Project, Work, Location, Contact, Other];

    public static string Normalize(string? category) =>
        All.FirstOrDefault(c => string.Equals(c, category?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? Other;
}
