using System.Text.Json;

namespace MemoryAspire.Memory.Turns;

/// <summary>A turn's result as its Idempotency-Key's record keeps it, and as a retry of the same request gets it back.</summary>
public static class StoredTurnResult
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(TurnResult result) => JsonSerializer.Serialize(result, Json);

    public static TurnResult Replay(string stored) => JsonSerializer.Deserialize<TurnResult>(stored, Json)! with { Replayed = true };
}
