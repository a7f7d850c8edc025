using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using MemoryAspire.Testing;

namespace MemoryAspire.Web.Tests;

/// <summary>
/// The whole topology (real Redis, PostgreSQL, ChatApi, MemoryWorker and Web processes, offline model) and Debian's
/// Chromium driven by Playwright.
/// </summary>
public sealed class WebStackFixture : IAsyncLifetime
{
    public const string SigningKey = "web-tests-signing-key-0123456789abcdefghijklmnop";
    public const string ChromiumPath = "/usr/bin/chromium";
    public const int RequestsPerMinute = 10;

    private IPlaywright? _playwright;

    public StackApp Stack { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Web { get; private set; } = null!;

    /// <summary>The dashboard's telemetry API.</summary>
    public DashboardTelemetry Telemetry { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run scripts/install-prerequisites.sh --for-tests (installs Debian's chromium).");
        Stack = await StackApp.StartAsync(new StackOptions
        {
            AppHostSettings = new Dictionary<string, string> { ["Parameters:jwt-signing-key"] = SigningKey },
            ServiceSettings = new Dictionary<string, string>
            {
                // The seed scenario's numbers: a buffer of 6, compaction when 6 messages are uncovered; jobs picked up quickly.
                ["Memory__BufferSize"] = "6",
                ["Memory__SummaryThreshold"] = "6",
                ["Worker__PollInterval"] = "00:00:00.200",
                // Per user and minute: above the six-message conversation, low enough for the rate-limit test to reach quickly.
                ["Memory__RequestsPerMinute"] = RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            // Aspire's dashboard, whose telemetry API the trace test reads.
            EnableDashboard = true,
            // WEB_TESTS_ECHO=1 prints every resource's output, for debugging a failing run.
            EchoOutput = Environment.GetEnvironmentVariable("WEB_TESTS_ECHO") == "1",
        });
        Web = Stack.Endpoint("web");
        Telemetry = await DashboardTelemetry.ConnectAsync(Stack);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root in a container has no user namespace for Chromium's sandbox.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        Telemetry?.Dispose();
        if (Stack is not null)
        {
            await Stack.DisposeAsync();
        }
    }

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public async Task<IPage> OpenAsync(Uri site, ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = site.ToString(), ViewportSize = viewport ?? Desktop });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the development form and waits for the chat page to be interactive.</summary>
    public static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.Locator("[data-testid=composer] textarea").WaitForAsync();
    }

    /// <summary>Saves a full-page screenshot, after checking that nothing is wider than the window (no sideways scrolling on a phone).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= page.ViewportSize!.Width, $"{name}: the page is {width} px wide in a {page.ViewportSize.Width} px window");
    }

    /// <summary>ChatApi as the given user, for checks the page does not show (pending memory jobs).</summary>
    public async Task<HttpClient> ChatApiForAsync(string user)
    {
        var chatApi = Stack.CreateHttpClient("chatapi");
        using var response = await chatApi.PostAsJsonAsync("/api/v1/dev/token", new { userName = user });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        chatApi.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return chatApi;
    }
}

[CollectionDefinition(Name)]
public sealed class WebStackTests : ICollectionFixture<WebStackFixture>
{
    public const string Name = "web stack";
}

public static class ChatApiChecks
{
    /// <summary>Waits until every session of the user has no pending memory jobs, so the next turn sees their results.</summary>
    public static async Task WaitForMemoryJobsAsync(this HttpClient chatApi)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var sessions = await chatApi.GetFromJsonAsync<JsonElement>("/api/v1/sessions");
            if (sessions.EnumerateArray().All(s => s.GetProperty("pendingJobs").GetInt32() == 0))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "memory jobs still pending after 60 s");
            await Task.Delay(100);
        }
    }
}
