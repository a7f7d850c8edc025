using Microsoft.Extensions.AI;

namespace MemoryAspire.Memory.Models;

public static class ModelProviders
{
    public const string OpenAI = "openai";
    public const string Offline = "offline";
}

/// <summary>Why a model call is made; tagged on telemetry so token use can be split by operation.</summary>
public static class ModelPurposes
{
    public const string Chat = "chat";
    public const string Summarize = "summarize";
    public const string Extract = "extract";
}

/// <summary>The models this deployment talks to: one for replies, a cheaper one for summaries and extraction.</summary>
public sealed record MemoryModels(string Provider, IChatClient Chat, string ChatModel, IChatClient Cheap, string CheapModel)
{
    public bool IsOffline => Provider == ModelProviders.Offline;

    /// <summary>The models a client may name for a reply: the chat model first, then the summary model when it is another one.</summary>
    public IReadOnlyList<string> Names => ChatModel == CheapModel ? [ChatModel] : [ChatModel, CheapModel];

    /// <summary>The client of the model named <paramref name="model"/> (null: the chat model), or null when no configured model has that name.</summary>
    public IChatClient? Find(string? model) =>
        model is null || model == ChatModel ? Chat : model == CheapModel ? Cheap : null;

    /// <summary>The model named <paramref name="model"/> (null: the chat model) as a turn calls it, or null when no configured model has that name.</summary>
    public TurnModel? ForTurn(string? model) =>
        Find(model) is { } client ? new TurnModel(client, model ?? ChatModel, Provider, IsOffline) : null;
}

/// <summary>The model a turn calls: its client, its name and its provider.</summary>
public sealed record TurnModel(IChatClient Client, string Name, string Provider, bool IsOffline);
