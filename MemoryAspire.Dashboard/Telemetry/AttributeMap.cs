using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace MemoryAspire.Dashboard.Telemetry;

/// <summary>
/// A span's or log's attributes as one small array: a record has a handful, so a linear lookup beats a hash table and
/// keeps the store's memory per span well under a dictionary's.
/// </summary>
internal sealed class AttributeMap(KeyValuePair<string, string>[] items) : IReadOnlyDictionary<string, string>
{
    public static readonly AttributeMap Empty = new([]);

    public int Count => items.Length;

    public IEnumerable<string> Keys => items.Select(i => i.Key);

    public IEnumerable<string> Values => items.Select(i => i.Value);

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        foreach (var item in items)
        {
            if (string.Equals(item.Key, key, StringComparison.Ordinal))
            {
                value = item.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// One copy of each attribute name and short value: the same few hundred strings arrive in every export, and the store
/// would otherwise keep a copy per span.
/// </summary>
internal sealed class StringPool
{
    private const int MaxLength = 64;
    private const int MaxEntries = 50_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Share(string text)
    {
        if (text.Length > MaxLength)
        {
            return text;
        }

        if (_strings.TryGetValue(text, out var shared))
        {
            return shared;
        }

        return _strings.Count < MaxEntries ? _strings.GetOrAdd(text, text) : text;
    }
}
