using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace MemoryAspire.Recall.Benchmark;

/// <summary>ChatApi as a user sees it: a token per user, one turn at a time.</summary>
public sealed class ChatUser(HttpClient http, string token)
{
    public static async Task<ChatUser> SignInAsync(HttpClient http, string userName)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/dev/token", new { userName });
        response.EnsureSuccessStatusCode();
        return new ChatUser(http, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!);
    }

    /// <summary>Deletes a session with everything derived from it (so that a question asked in it is not recalled by the next).</summary>
    public async Task DeleteSessionAsync(string sessionId)
    {
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/sessions/{sessionId}");
        delete.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(delete);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>One turn; returns the session it went into and the prompt's total tokens from the context report.</summary>
    public async Task<(string SessionId, int ContextTokens)> ChatAsync(string message, string? sessionId, string? strategy)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chat") { Content = JsonContent.Create(new { message, sessionId, strategy }) };
            post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(post);
            var body = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode)
            {
                var root = JsonDocument.Parse(body).RootElement;
                return (root.GetProperty("sessionId").GetString()!, root.GetProperty("context").GetProperty("totalTokens").GetInt32());
            }

            if (attempt >= 3)
            {
                throw new InvalidOperationException($"Chat failed with {(int)response.StatusCode}: {body}");
            }

            await Task.Delay(TimeSpan.FromSeconds(attempt));
        }
    }
}
