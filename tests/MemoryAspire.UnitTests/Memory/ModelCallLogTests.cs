using MemoryAspire.Memory.Models;
using MemoryAspire.Memory.Summaries;
using Microsoft.Extensions.AI;

namespace MemoryAspire.UnitTests.Memory;

public sealed class ModelCallLogTests
{
    /// <summary>A model that answers at once with the usage it is given and the model name it is given.</summary>
    private sealed class ReportingModel(string model, long? input, long? output, string text) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
            {
                ModelId = model, Usage = input is null && output is null ? null : new UsageDetails { InputTokenCount = input, OutputTokenCount = output },
            });

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    [Fact]
    public async Task Extraction_and_summary_calls_land_in_the_open_log_with_the_usage_the_model_reported()
    {
        var extractor = new ModelFactExtractor(new ReportingModel("mini-2026", 120, 30, """{"facts":[]}"""), "mini");
        var summarizer = new ModelSummarizer(new ReportingModel("mini-2026", 400, null, "The user builds a RAG system."), "mini");

        using var log = ModelCallLog.Begin();
        await extractor.ExtractAsync("I use Qdrant.", CancellationToken.None);
        await summarizer.SummarizeAsync(new SummaryRequest(null, [new TranscriptLine("user", "I use Qdrant.")]), CancellationToken.None);

        Assert.Equal(
            [new ModelCallUsage(ModelPurposes.Extract, "mini-2026", 120, 30), new ModelCallUsage(ModelPurposes.Summarize, "mini-2026", 400, null)],
            log.Calls);
    }

    [Fact]
    public async Task Each_job_sees_only_its_own_calls_and_calls_outside_any_log_are_not_collected()
    {
        ModelCallLog.Record(ModelPurposes.Chat, "outside", 1, 1);

        async Task<IReadOnlyList<ModelCallUsage>> JobAsync(string model, int calls)
        {
            using var log = ModelCallLog.Begin();
            for (var i = 0; i < calls; i++)
            {
                await Task.Yield();
                ModelCallLog.Record(ModelPurposes.Extract, model, i, 0);
            }

            return log.Calls;
        }

        var results = await Task.WhenAll(JobAsync("a", 3), JobAsync("b", 5));

        Assert.Equal(["a", "a", "a"], results[0].Select(c => c.Model));
        Assert.Equal([0L, 1L, 2L, 3L, 4L], results[1].Select(c => c.InputTokens!.Value));
    }

    [Fact]
    public void A_closed_log_hands_recording_back_to_the_one_it_was_opened_in()
    {
        using var outer = ModelCallLog.Begin();
        using (var inner = ModelCallLog.Begin())
        {
            ModelCallLog.Record(ModelPurposes.Summarize, "inner", 5, 1);
            Assert.Single(inner.Calls);
        }

        ModelCallLog.Record(ModelPurposes.Summarize, "outer", 7, 1);

        Assert.Equal(["outer"], outer.Calls.Select(c => c.Model));
    }
}
