using System.ClientModel;
using System.ClientModel.Primitives;
using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Extraction;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Jobs;
using MemoryAspire.Memory.Models;
using MemoryAspire.Memory.Storage;
using MemoryAspire.Memory.Summaries;
using MemoryAspire.Memory.Turns;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;

namespace MemoryAspire.Memory.Conversations;

public static class MemoryServiceCollectionExtensions
{
    /// <summary>
    /// The memory engine and its models: an OpenAI-compatible provider when <c>ConnectionStrings:openai</c> is set, otherwise
    /// the offline provider. Needs an <see cref="MemoryDbContext"/> and an <c>IConnectionMultiplexer</c> registered by the host.
    /// </summary>
    public static IServiceCollection AddMemoryEngine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MemoryOptions>().Bind(configuration.GetSection(MemoryOptions.SectionName))
            .Validate(o => MemoryStrategies.Normalize(o.DefaultStrategy) is not null, $"Memory:DefaultStrategy must be one of: {string.Join(", ", MemoryStrategies.All)}.")
            .Validate(o => o.BufferSize > 0 && o.SummaryThreshold >= 2 && o.MaxContextTokens > 0, "Memory:BufferSize, Memory:SummaryThreshold (at least 2) and Memory:MaxContextTokens must be positive.")
            .Validate(o => o.RecallTokens >= 0 && o.RecallTokens < o.MaxContextTokens, "Memory:RecallTokens must be at least 0 (off) and less than Memory:MaxContextTokens.")
            .ValidateOnStart();
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryRedaction(configuration);
        services.AddSingleton<MemoryCacheStore>();
        services.AddSingleton<JobSignal>();
        services.AddSingleton<CachePurge>();
        services.AddSingleton<UserIdCache>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<CurrentUser>();
        // Handlers take the request's user as a parameter; it exists once the request is admitted.
        services.AddScoped(sp => sp.GetRequiredService<CurrentUser>().User);
        services.AddScoped<TurnStore>();
        services.AddScoped<ConversationStore>();
        services.AddScoped<IMemoryRanker, PostgresMemoryRanker>();
        services.AddScoped<TurnAdmission>();
        services.AddScoped<UserMessageRecorder>();
        services.AddScoped<TurnContextBuilder>();
        services.AddSingleton<ModelReply>();
        services.AddScoped<ReplyRecorder>();
        services.AddScoped<ConversationEngine>();
        services.AddScoped<MemoryQueries>();
        services.AddScoped<AuditLog>();
        services.AddScoped<FactRecorder>();
        services.AddScoped<DerivedData>();
        services.AddScoped<RetentionSweep>();
        services.AddScoped<AuditReader>();
        services.AddScoped<FactExtraction>();
        services.AddScoped<RecallBackfill>();
        // The model loads on first use (about 90 MB, under a second): ChatApi needs it only for users with earlier sessions.
        services.AddSingleton<SentenceEmbedder>();
        services.AddSingleton<QuestionVectors>();
        services.AddScoped<RecallVectors>();
        services.AddScoped<SummaryCompaction>();
        services.AddScoped<JobDispatcher>();
        services.AddScoped<FactEditor>();
        services.AddScoped<MemoryExporter>();
        services.AddScoped<ErasureRequests>();
        services.AddScoped<UserErasure>();
        services.AddScoped<SystemFacts>();

        var includeContent = configuration.GetValue<bool>("Memory:Telemetry:IncludeContent");
        var connectionString = configuration.GetConnectionString(ModelConnection.ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddSingleton(sp => new MemoryModels(ModelProviders.Offline,
                Instrument(new OfflineChatClient(), sp, includeContent), "offline", Instrument(new OfflineChatClient(), sp, includeContent), "offline"));
            services.AddSingleton<IFactExtractor, RuleBasedFactExtractor>();
            services.AddSingleton<IConversationSummarizer, ExtractiveSummarizer>();
            return services;
        }

        var connection = ModelConnection.Parse(connectionString);
        var timeout = configuration.GetValue<TimeSpan?>("Memory:ModelTimeout") ?? new MemoryOptions().ModelTimeout;
        // ServiceDefaults gives every client the standard handler with a 10 s attempt timeout: replace it for model calls.
#pragma warning disable EXTEXP0001
        services.AddHttpClient(ModelConnection.ConnectionName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllResilienceHandlers()
#pragma warning restore EXTEXP0001
            .AddStandardResilienceHandler(o =>
            {
                // Model calls are slow and not cheap to repeat: long attempts, one quick retry.
                o.AttemptTimeout.Timeout = timeout;
                o.TotalRequestTimeout.Timeout = timeout * 2.5;
                o.CircuitBreaker.SamplingDuration = timeout * 2;
                o.Retry.MaxRetryAttempts = 1;
                o.Retry.Delay = TimeSpan.FromMilliseconds(500);
            });
        services.AddSingleton(sp =>
        {
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(ModelConnection.ConnectionName);
            var client = new OpenAIClient(new ApiKeyCredential(connection.Key), new OpenAIClientOptions
            {
                Endpoint = connection.Endpoint,
                Transport = new HttpClientPipelineTransport(http),
                NetworkTimeout = timeout * 2.5,
                RetryPolicy = new ClientRetryPolicy(0),
            });
            return new MemoryModels(ModelProviders.OpenAI,
                Instrument(client.GetChatClient(connection.Model).AsIChatClient(), sp, includeContent), connection.Model,
                Instrument(client.GetChatClient(connection.SummaryModel).AsIChatClient(), sp, includeContent), connection.SummaryModel);
        });
        services.AddSingleton<IFactExtractor>(sp => new ModelFactExtractor(sp.GetRequiredService<MemoryModels>().Cheap, connection.SummaryModel));
        services.AddSingleton<IConversationSummarizer>(sp => new ModelSummarizer(sp.GetRequiredService<MemoryModels>().Cheap, connection.SummaryModel));
        return services;
    }

    /// <summary>GenAI spans and metrics on every client; message content only when explicitly enabled for development.</summary>
    private static IChatClient Instrument(IChatClient inner, IServiceProvider services, bool includeContent) =>
        new ChatClientBuilder(inner)
            .UseOpenTelemetry(services.GetService<ILoggerFactory>(), configure: c => c.EnableSensitiveData = includeContent)
            .Build(services);
}
