namespace MemoryAspire.Web;

/// <summary>ChatApi, reached by its logical name through service discovery.</summary>
public sealed class ChatApiClient(HttpClient http)
{
    public Task<BackendInfo?> GetInfoAsync(CancellationToken cancellationToken = default) =>
        http.GetFromJsonAsync<BackendInfo>("/api/v1/info", cancellationToken);
}

public sealed record BackendInfo(string Service, string Version, string Environment);
