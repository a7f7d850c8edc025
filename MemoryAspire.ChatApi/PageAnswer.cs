using MemoryAspire.Memory;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace MemoryAspire.ChatApi;

/// <summary>
/// A page of a list answered as a JSON array of its items; when more follow, a <c>Link: &lt;...&gt;; rel="next"</c> header
/// (RFC 8288) gives the address of the next page: the same request with <c>before</c> set to the page's next cursor.
/// </summary>
public static class PageAnswer
{
    public static Ok<IReadOnlyList<T>> Ok<T>(HttpContext http, Page<T> page)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(page);
        if (page.Next is { } next)
        {
            var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value)
                .Where(q => q.Key != "before")
                .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)))
                .Append(KeyValuePair.Create("before", (string?)next));
            http.Response.Headers.Link = $"<{QueryHelpers.AddQueryString((http.Request.PathBase + http.Request.Path).ToString(), query)}>; rel=\"next\"";
        }

        return TypedResults.Ok(page.Items);
    }
}
