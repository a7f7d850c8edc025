using System.Text;
using BenchmarkDotNet.Attributes;
using MemoryAspire.Memory.Context;

namespace MemoryAspire.Benchmarks;

/// <summary>
/// o200k counting of a typical message (1 KiB), of one at the default size limit (32 KiB), and of a 32 KiB message that is
/// one word (what BPE takes quadratic time over unless it is counted in pieces).
/// </summary>
public class TokenCounterBenchmarks
{
    private string _text = null!;
    private string _word = null!;

    [Params(1, 32)]
    public int KiB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var conversation = new SampleConversation(seed: 11);
        var text = new StringBuilder();
        while (text.Length < KiB * 1024)
        {
            text.Append(conversation.AssistantReply()).Append(' ');
        }

        _text = text.ToString(0, KiB * 1024);
        _word = new string('x', KiB * 1024);
    }

    [Benchmark(Description = "TokenCounter.Count")]
    public int Count() => TokenCounter.Count(_text);

    [Benchmark(Description = "TokenCounter.Count, one word of the same length")]
    public int CountOneWord() => TokenCounter.Count(_word);
}
