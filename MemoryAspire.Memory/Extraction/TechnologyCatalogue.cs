namespace MemoryAspire.Memory.Extraction;

/// <summary>A small built-in list of technologies and what kind each is, so "I'm using ChromaDB" becomes a "vector store" fact.</summary>
internal static class TechnologyCatalogue
{
    public const string VectorStore = "vector store";
    public const string Language = "language";
    public const string Database = "database";
    public const string Framework = "framework";
    public const string ModelProvider = "model provider";

    private static readonly Dictionary<string, string> KindByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ChromaDB"] = VectorStore, ["Chroma"] = VectorStore, ["Pinecone"] = VectorStore, ["Qdrant"] = VectorStore,
        ["Weaviate"] = VectorStore, ["pgvector"] = VectorStore, ["Milvus"] = VectorStore, ["FAISS"] = VectorStore,
        ["LanceDB"] = VectorStore,
        ["Python"] = Language, ["C#"] = Language, ["JavaScript"] = Language, ["TypeScript"] = Language, ["Go"] = Language,
        ["Golang"] = Language, ["Rust"] = Language, ["Java"] = Language, ["Kotlin"] = Language, ["F#"] = Language,
        ["C++"] = Language, ["Ruby"] = Language, ["Swift"] = Language, ["PHP"] = Language,
        ["PostgreSQL"] = Database, ["Postgres"] = Database, ["MySQL"] = Database, ["MongoDB"] = Database, ["Redis"] = Database,
        ["SQLite"] = Database, ["SQL Server"] = Database, ["Cosmos DB"] = Database,
        ["LangChain"] = Framework, ["LlamaIndex"] = Framework, ["Semantic Kernel"] = Framework, ["Haystack"] = Framework,
        ["DSPy"] = Framework, ["FastAPI"] = Framework, ["Django"] = Framework, ["ASP.NET Core"] = Framework,
        ["OpenAI"] = ModelProvider, ["Azure OpenAI"] = ModelProvider, ["Ollama"] = ModelProvider, ["Anthropic"] = ModelProvider,
    };

    private static readonly HashSet<string> Kinds = [.. KindByName.Values];

    private const int LongestNameInWords = 3;

    public static string? KindOf(string name) => KindByName.GetValueOrDefault(name.Trim());

    public static bool IsKind(string key) => Kinds.Contains(key);

    /// <summary>The longest catalogued name the phrase starts with, in the user's casing ("Python 3.12" gives "Python").</summary>
    public static string? LeadingName(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var length = Math.Min(LongestNameInWords, words.Length); length > 0; length--)
        {
            var candidate = string.Join(' ', words[..length]);
            if (KindByName.ContainsKey(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Catalogued, or shaped like a product name: CamelCase, all caps, digits or symbols, or a capitalised short name.</summary>
    public static bool LooksLikeTechnology(string value)
    {
        if (LeadingName(value) is not null)
        {
            return true;
        }

        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3)
        {
            return false;
        }

        var first = words[0];
        return char.IsUpper(first[0])
            || first.Skip(1).Any(char.IsUpper)
            || first.Any(c => char.IsDigit(c) || c is '.' or '#' or '+');
    }
}
