using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using MemoryAspire.Testing;
using Npgsql;
using StackExchange.Redis;

namespace MemoryAspire.Stack.Tests;

/// <summary>The whole topology (real Redis, PostgreSQL, ChatApi and MemoryWorker processes) with a local OpenAI-compatible model.</summary>
public class StackFixture : IAsyncLifetime
{
    public const string SigningKey = "stack-tests-signing-key-0123456789abcdefghijklmnop";
    public const int RequestsPerMinute = 40;

    /// <summary>The key of the system of record <c>crm</c>, given to ChatApi as <c>Memory__SystemOfRecord__Keys__crm</c>.</summary>
    public const string SystemKey = "stack-tests-crm-key-0123456789";

    public OpenAiTestServer Model { get; private set; } = null!;

    public StackApp Stack { get; private set; } = null!;

    public DistributedApplication App => Stack.App;

    public HttpClient ChatApi { get; private set; } = null!;

    protected virtual bool UseModelServer => true;

    /// <summary>Settings a derived fixture adds to ChatApi and MemoryWorker.</summary>
    protected virtual IReadOnlyDictionary<string, string> ProjectSettings { get; } = new Dictionary<string, string>();

    /// <summary>Aspire's dashboard with its telemetry API, which the telemetry tests read back.</summary>
    protected virtual bool EnableDashboard => true;

    /// <summary>PostgreSQL and Redis flush what they acknowledge, so that killing them loses nothing (slower; off by default).</summary>
    protected virtual bool CrashSafeData => false;

    /// <summary>The dashboard's telemetry API (null when the fixture runs without the dashboard).</summary>
    public DashboardTelemetry? Telemetry { get; private set; }

    public async Task InitializeAsync()
    {
        Model = await OpenAiTestServer.StartAsync();
        var settings = new Dictionary<string, string>
        {
            // The seed scenario's numbers: a buffer of 6, compaction when 6 messages are uncovered.
            ["Memory__BufferSize"] = "6",
            ["Memory__SummaryThreshold"] = "6",
            ["Memory__RequestsPerMinute"] = RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Memory__ModelTimeout"] = "00:00:05",
            ["Worker__PollInterval"] = "00:00:00.200",
            ["Memory__SystemOfRecord__Keys__crm"] = SystemKey,
            // Metric values are read from each service's scraping endpoint (the dashboard's API has spans and logs only).
            ["Telemetry__PrometheusEndpoint"] = "true",
        };
        foreach (var (name, value) in ProjectSettings)
        {
            settings[name] = value;
        }

        Stack = await StackApp.StartAsync(new StackOptions
        {
            ModelConnectionString = UseModelServer ? Model.ConnectionString : null,
            ServiceSettings = settings,
            AppHostSettings = new Dictionary<string, string> { ["Parameters:jwt-signing-key"] = SigningKey },
            EnableDashboard = EnableDashboard,
            ThrowawayData = !CrashSafeData,
            // STACK_TESTS_ECHO=1 prints every resource's output, for debugging a failing run.
            EchoOutput = Environment.GetEnvironmentVariable("STACK_TESTS_ECHO") == "1",
        });
        ChatApi = Stack.CreateHttpClient("chatapi");
        ChatApi.Timeout = TimeSpan.FromSeconds(60);
        Telemetry = EnableDashboard ? await DashboardTelemetry.ConnectAsync(Stack) : null;
    }

    public async Task DisposeAsync()
    {
        ChatApi?.Dispose();
        Telemetry?.Dispose();
        NpgsqlConnection.ClearAllPools();
        if (Stack is not null)
        {
            await Stack.DisposeAsync();
        }

        await Model.DisposeAsync();
    }

    public async Task<HttpClient> ClientForAsync(string user)
    {
        using var response = await ChatApi.PostAsJsonAsync("/api/v1/dev/token", new { userName = user });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = Stack.CreateHttpClient("chatapi");
        client.Timeout = TimeSpan.FromSeconds(60);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Fails with the response's body and ChatApi's latest console output when <paramref name="response"/> is not
    /// <paramref name="expected"/>: a 500 in a test then says what ChatApi logged, without echoing every resource's output.
    /// </summary>
    public async Task AssertStatusAsync(HttpStatusCode expected, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != expected)
        {
            Assert.Fail($"Expected {expected}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}{Environment.NewLine}"
                + $"chatapi's latest output:{Environment.NewLine}{Stack.Output.Tail("chatapi", 60)}");
        }
    }

    public async Task<NpgsqlConnection> OpenDatabaseAsync()
    {
        var connection = new NpgsqlConnection(await App.GetConnectionStringAsync("memorydb"));
        await connection.OpenAsync();
        return connection;
    }

    public async Task<ConnectionMultiplexer> ConnectRedisAsync() =>
        await ConnectionMultiplexer.ConnectAsync((await App.GetConnectionStringAsync("cache"))! + ",allowAdmin=true");
}

/// <summary>The same topology with no model configured: the offline provider.</summary>
public sealed class OfflineStackFixture : StackFixture
{
    protected override bool UseModelServer => false;

    protected override bool EnableDashboard => false;
}

[CollectionDefinition(Name)]
public sealed class StackTests : ICollectionFixture<StackFixture>
{
    public const string Name = "stack";
}

public static class ChatClientExtensions
{
    public static async Task<JsonElement> ChatAsync(this HttpClient client, string message, string? sessionId = null, string? strategy = null)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/chat", new { message, sessionId, strategy });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"chat answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Waits until the session's extraction and compaction jobs are done, so the next turn sees their results.</summary>
    public static async Task WaitForMemoryJobsAsync(this HttpClient client, string sessionId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var session = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}");
            if (session.GetProperty("session").GetProperty("pendingJobs").GetInt32() == 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"memory jobs of session {sessionId} still pending after 60 s");
            await Task.Delay(100);
        }
    }

    public static IEnumerable<JsonElement> Section(this JsonElement turn, string name) =>
        turn.GetProperty("context").GetProperty("sections").EnumerateArray().Where(s => s.GetProperty("name").GetString() == name);
}
