namespace MemoryAspire.Memory;

/// <summary>The user a request acts for: the token's subject and the internal id every row and cache key uses.</summary>
public sealed record MemoryUser(Guid Id, string Subject);

/// <summary>
/// The request's user, resolved once when the request is admitted (ChatApi's tenant middleware) and read by everything
/// after it: the rate gate, the tenant scope and the engine.
/// </summary>
public sealed class CurrentUser
{
    private MemoryUser? _user;

    public bool IsAdmitted => _user is not null;

    public MemoryUser User => _user ?? throw new InvalidOperationException("The request has no signed-in user: its endpoint must require authorization.");

    public void Admit(MemoryUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (_user is not null && _user != user)
        {
            throw new InvalidOperationException("A request acts for one user only.");
        }

        _user = user;
    }
}
