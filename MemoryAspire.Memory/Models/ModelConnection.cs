using System.Data.Common;

namespace MemoryAspire.Memory.Models;

/// <summary>
/// The <c>openai</c> connection string: <c>Endpoint=https://...;Key=...;Model=gpt-4o;SummaryModel=gpt-4o-mini</c>.
/// Works for OpenAI, Azure OpenAI's v1 endpoint and any OpenAI-compatible server (Ollama, vLLM, llama.cpp).
/// </summary>
public sealed record ModelConnection(Uri Endpoint, string Key, string Model, string SummaryModel)
{
    public const string ConnectionName = "openai";

    public static ModelConnection Parse(string connectionString)
    {
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"ConnectionStrings:{ConnectionName} is not a connection string ({e.Message}). Expected Endpoint=...;Key=...;Model=...", e);
        }

        string? Get(params string[] names) => names.Select(n => builder.TryGetValue(n, out var v) ? v?.ToString() : null).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var endpoint = Get("Endpoint") ?? "https://api.openai.com/v1";
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new FormatException($"ConnectionStrings:{ConnectionName} has Endpoint={endpoint}, which is not an http(s) URL.");
        }

        var model = Get("Model", "Deployment") ?? throw new FormatException($"ConnectionStrings:{ConnectionName} names no model: add Model=<name>, for example Model=gpt-4o.");
        return new ModelConnection(uri, Get("Key", "AccessKey", "ApiKey") ?? "unused", model, Get("SummaryModel", "CheapModel") ?? model);
    }
}
