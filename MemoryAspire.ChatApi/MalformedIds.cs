using MemoryAspire.Memory;

namespace MemoryAspire.ChatApi;

/// <summary>
/// Routes take their ids as <c>{id:guid}</c>, so a path whose id is not a GUID matches none of them. The same paths without the
/// constraint (tried only after the constrained ones) answer it with a 400 that names the value, instead of a bare 404.
/// </summary>
public static class MalformedIds
{
    public static RouteGroupBuilder RejectMalformedIds(this RouteGroupBuilder group, params string[] patterns)
    {
        ArgumentNullException.ThrowIfNull(group);
        foreach (var pattern in patterns)
        {
            group.Map(pattern, Reject).ExcludeFromDescription();
        }

        return group;
    }

    private static IResult Reject(HttpContext http)
    {
        var malformed = http.Request.RouteValues.Values.OfType<string>().FirstOrDefault(v => !Guid.TryParse(v, out _));
        // Every id is a GUID: the path exists, only not for this method.
        return malformed is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed", detail: $"{http.Request.Method} is not supported here.")
            : new BadRequestProblem(new Refusal.Invalid($"{Refusal.Quote(malformed)} is not an id (a GUID)."));
    }
}
