using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MemoryAspire.Hosting;
using MemoryAspire.Hosting.ApplicationModel;
using MemoryAspire.Hosting.Orchestration;
using MemoryAspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
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

    public DistributedApplication App { get; private set; } = null!;

    public HttpClient ChatApi { get; private set; } = null!;

    protected virtual bool UseModelServer => true;

    /// <summary>Settings a derived fixture adds to ChatApi and MemoryWorker.</summary>
    protected virtual IReadOnlyDictionary<string, string> ProjectSettings { get; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        Model = await OpenAiTestServer.StartAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.MemoryAspire_AppHost>([], o =>
        {
            o.Configuration["Parameters:jwt-signing-key"] = SigningKey;
            // STACK_TESTS_ECHO=1 prints every resource's output, for debugging a failing run.
            o.EchoResourceOutput = Environment.GetEnvironmentVariable("STACK_TESTS_ECHO") == "1";
            if (UseModelServer)
            {
                o.Configuration["ConnectionStrings:openai"] = Model.ConnectionString;
            }
        });
        foreach (var project in builder.Resources.OfType<ProjectResource>().Where(p => p.Name is "chatapi" or "memoryworker"))
        {
            // The seed scenario's numbers: a buffer of 6, compaction when 6 messages are uncovered.
            project.Annotations.Add(new EnvironmentAnnotation("Memory__BufferSize", "6"));
            project.Annotations.Add(new EnvironmentAnnotation("Memory__SummaryThreshold", "6"));
            project.Annotations.Add(new EnvironmentAnnotation("Memory__RequestsPerMinute", RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            project.Annotations.Add(new EnvironmentAnnotation("Memory__ModelTimeout", "00:00:05"));
            project.Annotations.Add(new EnvironmentAnnotation("Worker__PollInterval", "00:00:00.200"));
            project.Annotations.Add(new EnvironmentAnnotation("Memory__SystemOfRecord__Keys__crm", SystemKey));
            foreach (var (name, value) in ProjectSettings)
            {
                project.Annotations.Add(new EnvironmentAnnotation(name, value));
            }
        }

        App = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await App.StartAsync(timeout.Token);
        ChatApi = App.CreateHttpClient("chatapi");
        ChatApi.Timeout = TimeSpan.FromSeconds(60);
    }

    public async Task DisposeAsync()
    {
        ChatApi?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        await Model.DisposeAsync();
    }

    public async Task<HttpClient> ClientForAsync(string user)
    {
        using var response = await ChatApi.PostAsJsonAsync("/api/v1/dev/token", new { userName = user });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = App.CreateHttpClient("chatapi");
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
            var output = App.Services.GetRequiredService<ApplicationOrchestrator>().ConsoleLogs.Get("chatapi", last: 60).Select(l => l.Text);
            Assert.Fail($"Expected {expected}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}{Environment.NewLine}"
                + $"chatapi's latest output:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
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
