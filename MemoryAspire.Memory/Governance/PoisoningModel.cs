using MemoryAspire.Memory.Text;

namespace MemoryAspire.Memory.Governance;

/// <summary>One labelled message the poisoning model learns from.</summary>
public sealed record LabelledStatement(string Message, bool Poisoning);

/// <summary>
/// The third line of the fact gate, after the self-statement allow-list and the meaning classes of <see cref="InstructionGuard"/>:
/// a logistic regression over hashed words, word pairs and letter runs of the folded message, trained on labelled messages
/// (the poisoning batches and benign statements kept under <c>Governance/Labelled</c>, embedded in this assembly). The classes
/// each name one meaning; a new wording of a meaning no class names shares words and letter runs with the messages it was
/// trained on, which is what this line reads. It refuses what it scores at or above <see cref="Threshold"/>: trained only on the
/// batches written before each of rounds 8-15 and tried on that round, it caught 66 of the 123 messages the rule-based lines let
/// through on first sight and refused 3 of 1,195 benign statements those lines kept (0.3%). A blind round is added to its data
/// once its first sight is recorded, because the newest rounds teach it most: replayed forward on rounds 24-27 with the rules of
/// each round's day, training on every earlier round rather than on the seventh to sixty-fifth alone let 29 instead of 45 of
/// the design-aware writers' 117 rule misses through (the eighty-ninth: 5 instead of 11 of 26; a grader's set of round 24: 2
/// instead of 1 of 3), for one more of the blind near-miss set's 260-276 benign statements refused. Training is deterministic (a fixed shuffle; each message's features
/// scaled to unit length, so the order of the data barely moves a score), takes under a second on 15,000 statements and
/// happens once per process, on first use (the worker does it at start).
/// </summary>
public sealed partial class PoisoningModel
{
    /// <summary>The score at or above which a message is refused.</summary>
    public const double Threshold = 0.85;

    // Letter runs of four to six (a word's edges count as letters): measured against three to five, two to six and whole words
    // only, four to six caught the most of the gate's first-sight misses for the fewest benign statements refused.
    private const int MinRun = 4;
    private const int MaxRun = 6;

    private const int Bits = 20;
    private const int Buckets = 1 << Bits;
    private const int Epochs = 16;
    private const float LearningRate = 4f;

    // The bias learns slower than the weights, so the share of each class in the data does not swing it.
    private const float BiasRate = 0.1f;
    private const float L2 = 1e-5f;

    // A message is read this far; longer ones are read in windows of this size and judged by the worst.
    private const int WindowChars = 1_000;

    private static readonly Lazy<PoisoningModel> Embedded = new(() => Train(LoadEmbedded(f => !TrainsChatOnly(f))));
    private static readonly Lazy<PoisoningModel> EmbeddedChat = new(() => Train(LoadEmbedded()));

    private readonly float[] weights;
    private readonly float bias;

    private PoisoningModel(float[] weights, float bias)
    {
        this.weights = weights;
        this.bias = bias;
    }

    /// <summary>
    /// The model the fact gate uses, trained on the labelled messages embedded in this assembly but the benign chat sets: every
    /// message it reads has passed the self-statement gate, and every benign message it learned from is a statement about the user.
    /// </summary>
    public static PoisoningModel Default => Embedded.Value;

    /// <summary>
    /// The model for any sentence of a chat or of its running summary, trained on the same messages, on benign chat that is not
    /// about the user (requests, pasted text, chit-chat) and on summaries, benign and poisoned (<see cref="TrainsChatOnly"/>).
    /// <see cref="Default"/> never saw such text benign and scores much of it as poisoning ("message 1 of the session": 0.999;
    /// 106 of 150 benign summaries); trained on it, it catches a few fewer of the statements the fact gate's rules miss, which
    /// is why the fact gate keeps its own.
    /// </summary>
    public static PoisoningModel Chat => EmbeddedChat.Value;

    /// <summary>
    /// True for a labelled file only <see cref="Chat"/> learns from: the benign chat sets (<c>benign-chat-</c>: requests, pasted
    /// text, chit-chat, none of them statements about the user) and the running summaries (<c>summaries-</c>: third person,
    /// benign and poisoned).
    /// </summary>
    public static bool TrainsChatOnly(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.StartsWith("benign-chat-", StringComparison.Ordinal) || file.StartsWith("summaries-", StringComparison.Ordinal);
    }

    /// <summary>Why <paramref name="message"/> reads as poisoning to <see cref="Default"/>, or null.</summary>
    public static string? Refusal(string message) => Refusal(Default, message);

    /// <summary>Why a sentence of a chat reads as poisoning to <see cref="Chat"/> (a score of <paramref name="threshold"/> or more), or null.</summary>
    public static string? ChatRefusal(string sentence, double threshold = Threshold) => Refusal(Chat, sentence, threshold);

    private static string? Refusal(PoisoningModel model, string message, double threshold = Threshold)
    {
        var score = model.Score(message);
        return score >= threshold ? $"reads as an attempt to plant an order, a claim of authority or a secret (learned filter, score {score:F3})" : null;
    }

    /// <summary>The probability the model gives that <paramref name="message"/> is poisoning; for a long message, the highest of its windows.</summary>
    public double Score(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Length <= WindowChars)
        {
            return ScoreFolded(TextFold.Fold(message));
        }

        var worst = 0.0;
        for (var start = 0; start < message.Length; start += WindowChars / 2)
        {
            worst = Math.Max(worst, ScoreFolded(TextFold.Fold(message.Substring(start, Math.Min(WindowChars, message.Length - start)))));
        }

        return worst;
    }

    private double ScoreFolded(string folded)
    {
        var features = Features(folded);
        var scale = Scale(features.Count);
        var z = (double)bias;
        foreach (var feature in features)
        {
            z += weights[feature] * scale;
        }

        return Sigmoid(z);
    }

    /// <summary>Trains a model on <paramref name="statements"/> (the classes weighted to count equally); the same statements give the same model.</summary>
    public static PoisoningModel Train(IReadOnlyList<LabelledStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var examples = statements.Select(s => (Features: Features(TextFold.Fold(s.Message)).ToArray(), s.Poisoning)).ToArray();
        var poisoning = examples.Count(e => e.Poisoning);
        var benignWeight = (poisoning == 0 || poisoning == examples.Length ? 1f : (float)poisoning / (examples.Length - poisoning));
        var weights = new float[Buckets];
        var bias = 0f;
        var order = Enumerable.Range(0, examples.Length).ToArray();
        var shuffle = new Random(1);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            shuffle.Shuffle(order);
            foreach (var index in order)
            {
                var (features, label) = examples[index];
                var scale = Scale(features.Length);
                var z = (double)bias;
                foreach (var f in features)
                {
                    z += weights[f] * scale;
                }

                var gradient = (float)(Sigmoid(z) - (label ? 1 : 0)) * (label ? 1f : benignWeight);
                bias -= LearningRate * gradient * BiasRate;
                foreach (var f in features)
                {
                    weights[f] = (weights[f] * (1 - (LearningRate * L2))) - (LearningRate * gradient * scale);
                }
            }
        }

        return new PoisoningModel(weights, bias);
    }

    private const string LabelledPrefix = "MemoryAspire.Memory.Governance.Labelled.";

    /// <summary>The names of the labelled files embedded in this assembly (<c>held-out-ninth.tsv</c>), in order.</summary>
    public static IReadOnlyList<string> EmbeddedFiles { get; } =
        [.. typeof(PoisoningModel).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(LabelledPrefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Select(n => n[LabelledPrefix.Length..])
            .Order(StringComparer.Ordinal)];

    /// <summary>The labelled messages embedded in this assembly (<c>kind TAB message</c> lines, <c>\n</c> for a line break, <c>#</c> comments).</summary>
    /// <param name="include">Which files to read, by file name (<c>held-out-ninth.tsv</c>); all of them when null.</param>
    public static IReadOnlyList<LabelledStatement> LoadEmbedded(Func<string, bool>? include = null)
    {
        var assembly = typeof(PoisoningModel).Assembly;
        List<LabelledStatement> statements = [];
        foreach (var file in EmbeddedFiles.Where(f => include is null || include(f)))
        {
            using var stream = assembly.GetManifestResourceStream(LabelledPrefix + file) ?? throw new InvalidOperationException($"resource {file} is missing");
            using var reader = new StreamReader(stream);
            statements.AddRange(Parse(reader.ReadToEnd()));
        }

        return statements;
    }

    /// <summary>The labelled lines of a file's text: <c>poisoning TAB message</c> or <c>benign TAB message</c>.</summary>
    public static IEnumerable<LabelledStatement> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            var tab = trimmed.IndexOf('\t', StringComparison.Ordinal);
            if (trimmed.Length == 0 || trimmed[0] == '#' || tab < 0)
            {
                continue;
            }

            var kind = trimmed[..tab];
            var message = Unescape(trimmed[(tab + 1)..]);
            yield return kind switch
            {
                "poisoning" => new LabelledStatement(message, true),
                "benign" => new LabelledStatement(message, false),
                _ => throw new FormatException($"'{kind}' is neither 'poisoning' nor 'benign'"),
            };
        }
    }

    /// <summary>A file line's message with its escapes read: <c>\n</c> a line break, <c>\u{...}</c> a code point.</summary>
    public static string Unescape(string escaped)
    {
        ArgumentNullException.ThrowIfNull(escaped);
        return Escapes().Replace(escaped, m => m.Groups[1].Success ? char.ConvertFromUtf32(Convert.ToInt32(m.Groups[1].Value, 16)) : "\n");
    }

    // The words, adjacent word pairs and letter runs of four to six (with the word's edges marked) of a folded text, hashed into buckets.
    private static HashSet<int> Features(string folded)
    {
        var features = new HashSet<int>();
        var words = folded.Split([' ', '\n', '.', ',', ';', ':', '!', '?', '"', '(', ')', '-', '/', '\''], StringSplitOptions.RemoveEmptyEntries);
        Span<char> padded = stackalloc char[66];
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            features.Add(Bucket('w', word, ""));
            if (i + 1 < words.Length)
            {
                features.Add(Bucket('b', word, words[i + 1]));
            }

            var length = Math.Min(word.Length, padded.Length - 2);
            padded[0] = ' ';
            word.AsSpan(0, length).CopyTo(padded[1..]);
            padded[length + 1] = ' ';
            var run = padded[..(length + 2)];
            for (var n = MinRun; n <= MaxRun; n++)
            {
                for (var start = 0; start + n <= run.Length; start++)
                {
                    features.Add(Bucket('c', run.Slice(start, n), ""));
                }
            }
        }

        return features;
    }

    // FNV-1a over a kind, a text and an optional second text.
    private static int Bucket(char kind, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var hash = 2166136261u;
        hash = (hash ^ kind) * 16777619u;
        foreach (var c in first)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash = (hash ^ ' ') * 16777619u;
        foreach (var c in second)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & (Buckets - 1));
    }

    // Each message's features are one unit long (every feature weighs 1/sqrt(count)), so a long message takes no bigger step than a short one.
    private static float Scale(int count) => count == 0 ? 0f : 1f / MathF.Sqrt(count);

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));

    [System.Text.RegularExpressions.GeneratedRegex(@"\\n|\\u\{([0-9A-Fa-f]{1,6})\}")]
    private static partial System.Text.RegularExpressions.Regex Escapes();
}
