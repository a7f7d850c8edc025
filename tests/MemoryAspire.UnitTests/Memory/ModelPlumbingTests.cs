using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Jobs;
using MemoryAspire.Memory.Models;

namespace MemoryAspire.UnitTests.Memory;

public sealed class ModelPlumbingTests
{
    [Fact]
    public void Connection_string_gives_endpoint_key_model_and_a_separate_summary_model()
    {
        var connection = ModelConnection.Parse("Endpoint=http://localhost:11434/v1;Key=ollama;Model=llama3.1;SummaryModel=qwen2.5:0.5b");

        Assert.Equal(new Uri("http://localhost:11434/v1"), connection.Endpoint);
        Assert.Equal(("ollama", "llama3.1", "qwen2.5:0.5b"), (connection.Key, connection.Model, connection.SummaryModel));
    }

    [Fact]
    public void Summary_model_defaults_to_the_chat_model_and_the_endpoint_to_openai()
    {
        var connection = ModelConnection.Parse("Key=sk-test;Model=gpt-4o");

        Assert.Equal("gpt-4o", connection.SummaryModel);
        Assert.Equal("api.openai.com", connection.Endpoint.Host);
    }

    [Theory]
    [InlineData("Endpoint=ftp://example;Model=m", "not an http(s) URL")]
    [InlineData("Endpoint=http://localhost/v1;Key=k", "names no model")]
    public void Bad_connection_string_says_what_to_fix(string connectionString, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ModelConnection.Parse(connectionString));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extractor_reply_is_parsed_leniently_and_bad_entries_are_dropped()
    {
        var facts = ModelFactExtractor.Parse("""
            Here you go:
            ```json
            {"facts":[{"key":"Vector Store","value":"ChromaDB","category":"Technology","confidence":0.95},
                      {"key":"","value":"x","confidence":0.9},
                      {"key":"mood","value":"happy","category":"feelings","confidence":"high"}]}
            ```
            """);

        Assert.Equal(2, facts.Count);
        Assert.Equal(("vector store", "ChromaDB", "technology", 0.95), (facts[0].Key, facts[0].Value, facts[0].Category, facts[0].Confidence));
        Assert.Equal(("other", 0.0), (facts[1].Category, facts[1].Confidence));
        Assert.Empty(ModelFactExtractor.Parse("I cannot help with that."));
        Assert.Empty(ModelFactExtractor.Parse("{\"facts\": [ broken"));
    }

    [Fact]
    public void Token_counts_follow_o200k()
    {
        Assert.Equal(0, TokenCounter.Count(""));
        Assert.Equal(2, TokenCounter.Count("Hello world"));
        Assert.Equal(TokenCounter.Count("Hello world") + TokenCounter.PerMessageOverhead, TokenCounter.CountMessage("Hello world"));
        Assert.InRange(TokenCounter.Count(string.Join(' ', Enumerable.Repeat("memory", 1000))), 900, 1100);
    }

    [Fact]
    public void Failed_jobs_back_off_exponentially_up_to_five_minutes()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), DurableJobs.RetryDelay(1));
        Assert.Equal(TimeSpan.FromSeconds(8), DurableJobs.RetryDelay(3));
        Assert.Equal(TimeSpan.FromMinutes(5), DurableJobs.RetryDelay(20));
    }
}
