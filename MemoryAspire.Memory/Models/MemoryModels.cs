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
}
