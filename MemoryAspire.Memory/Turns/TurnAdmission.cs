using System.Security.Cryptography;
using System.Text;
using MemoryAspire.Memory.Models;
using MemoryAspire.Memory.Storage;
using MemoryAspire.Memory.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory.Turns;

/// <summary>
/// A request let into a turn: the model it calls, the strategy it names (normalized; null: the session's) and what a retry with
/// its Idempotency-Key must repeat. A retry of a request already answered carries that answer (<see cref="Replay"/>), one of a
/// request whose message is stored but was never answered, that message (<see cref="Unanswered"/>).
/// </summary>
public sealed record AdmittedTurn(Guid UserId, TurnRequest Request, TurnModel Model, string? Strategy, string RequestHash)
{
    public TurnResult? Replay { get; init; }

    public UnansweredMessage? Unanswered { get; init; }
}

/// <summary>Where the first attempt of a retried request stored its message.</summary>
public sealed record UnansweredMessage(Guid SessionId, Guid MessageId);

/// <summary>The turn's first step: the deployment's limits and guards on the request, then its Idempotency-Key's record, if any.</summary>
public sealed class TurnAdmission(MemoryDbContext db, MemoryModels models, IOptions<MemoryOptions> options)
{
    public async Task<Outcome<AdmittedTurn>> AdmitAsync(MemoryUser user, TurnRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        if (Validate(request, options.Value) is { } invalid)
        {
            return invalid;
        }

        if (models.ForTurn(request.Call?.Model) is not { } model)
        {
            var name = request.Call!.Model!;
            return new Refusal.NotFound($"The model {Refusal.Quote(name)}")
            {
                Title = "Model not found",
                Detail = $"The model {Refusal.Quote(name)} is not one this service is configured with. Use one of: {string.Join(", ", models.Names)} (GET /v1/models lists them).",
                Extensions = new Dictionary<string, object?> { ["code"] = "model_not_found", ["param"] = "model" },
            };
        }

        string? strategy = null;
        if (request.Strategy is not null && (strategy = MemoryStrategies.Normalize(request.Strategy)) is null)
        {
            return new Refusal.Invalid($"Unknown strategy {Refusal.Quote(request.Strategy)}. Use one of: {string.Join(", ", MemoryStrategies.All)}.");
        }

        var admitted = new AdmittedTurn(user.Id, request, model, strategy, Hash(request));
        if (request.IdempotencyKey is not { } key)
        {
            return admitted;
        }

        var record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == user.Id && r.Key == key, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return admitted;
        }

        if (record.RequestHash != admitted.RequestHash)
        {
            return new Refusal.KeyReused($"The Idempotency-Key '{key}' was already used for a different request.");
        }

        return record switch
        {
            { ResponseJson: { } answered } => admitted with { Replay = StoredTurnResult.Replay(answered) },
            { UserMessageId: { } message, SessionId: { } session } => admitted with { Unanswered = new UnansweredMessage(session, message) },
            _ => admitted,
        };
    }

    private static Refusal? Validate(TurnRequest request, MemoryOptions settings)
    {
        if (string.IsNullOrWhiteSpace(request.Message))
        {
            return new Refusal.Invalid("The message is empty: send the text of the user's message in 'message'.");
        }

        if (StorableText.FindUnstorable(request.Message) is { } unstorable)
        {
            return Refusal.Invalid.Unstorable("message", unstorable);
        }

        var bytes = Encoding.UTF8.GetByteCount(request.Message);
        if (bytes > settings.MaxMessageBytes)
        {
            return new Refusal.TooLarge("Message too large", $"The message is {bytes} bytes; the limit is {settings.MaxMessageBytes} bytes (Memory:MaxMessageBytes).");
        }

        if (request.IdempotencyKey is { Length: > 200 })
        {
            return new Refusal.Invalid("The Idempotency-Key header is longer than 200 characters.");
        }

        return request.IdempotencyKey is { } key && StorableText.FindUnstorable(key) is { } inKey ? Refusal.Invalid.Unstorable("the Idempotency-Key header", inKey) : null;
    }

    /// <summary>What a retry with the same Idempotency-Key must repeat; a turn from the OpenAI-compatible endpoint also its model and system messages.</summary>
    private static string Hash(TurnRequest request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{request.SessionId}\n{request.Strategy}\n{request.Message}"
            + (request.Call is { } call ? $"\n{call.Model}\n{call.Instructions}" : ""))));
}
