using System.Text.RegularExpressions;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// Keeps instruction-like text out of memory: a fact is data about the user, so a value (or a source message) that tries
/// to steer the model, claim a role or grant rights is rejected with the reason, never stored as a fact.
/// </summary>
public static partial class InstructionGuard
{
    private static readonly (Regex Pattern, string Reason)[] Rules =
    [
        (IgnoreInstructions(), "tries to override the assistant's instructions"),
        (RoleSwitch(), "tries to change the assistant's role or identity"),
        (RoleMarker(), "contains a chat role marker or prompt delimiter"),
        (SystemPrompt(), "refers to the system prompt or hidden instructions"),
        (GrantRights(), "asks for rights, permissions or access"),
        (AlwaysNever(), "tells the assistant how to behave in future answers"),
        (Exfiltrate(), "asks the assistant to reveal or send data"),
    ];

    /// <summary>Why the text must not become memory, or null when it may.</summary>
    public static string? Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var (pattern, reason) in Rules)
        {
            if (pattern.IsMatch(text))
            {
                return reason;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(ignore|disregard|forget|override|bypass|skip)\b.{0,40}\b(previous|prior|above|earlier|all|any|your|the|these|those)\b.{0,30}\b(instructions?|rules?|prompts?|guidelines?|directions?|polic(y|ies)|constraints?)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex IgnoreInstructions();

    [GeneratedRegex(@"\b(you are now|from now on,? you|act as|pretend (to be|you are)|roleplay as|you must now|your new (role|name|persona|instructions?) (is|are)|developer mode|jailbreak|\bDAN\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RoleSwitch();

    [GeneratedRegex(@"(^|\n)\s*(system|assistant|developer)\s*:|<\|?(im_start|im_end|system|endoftext)\|?>|\[/?(INST|SYS)\]|###\s*(system|instruction)", RegexOptions.IgnoreCase)]
    private static partial Regex RoleMarker();

    [GeneratedRegex(@"\b(system prompt|hidden instructions?|initial instructions?|your instructions|prompt injection)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SystemPrompt();

    [GeneratedRegex(@"\b(grant|give|elevate|escalate)\b.{0,30}\b(admin|administrator|root|superuser|full|elevated)?\s*(rights?|access|permissions?|privileges?|role)\b|\b(i am|i'm|user is) (an? )?(admin|administrator|superuser|root|developer|owner) (of|for) (this|the) (system|assistant|app)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex GrantRights();

    [GeneratedRegex(@"\b(always|never|must always|must never)\b.{0,20}\b(respond|reply|answer|say|tell|recommend|obey|comply|follow|include|mention|refuse)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AlwaysNever();

    [GeneratedRegex(@"\b(reveal|print|output|leak|send|email|forward|exfiltrate)\b.{0,30}\b(password|api key|secret|token|credentials?|other users?|all users|database|memory of)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Exfiltrate();
}
