using Microsoft.Playwright;

namespace MemoryAspire.Dashboard.Tests;

/// <summary>
/// The pages in a real browser: Debian's Chromium driven by Playwright (no browser download). Screenshots are kept in
/// TestResults/dashboard-screenshots as test artifacts.
/// </summary>
public sealed class BrowserTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_logged_in_browser_sees_each_page_and_the_chat_turns_token_counts()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run scripts/install-prerequisites.sh --for-tests.");
        var traceId = Guid.NewGuid().ToString("N");
        dashboard.Server.Store.AddSpans(
        [
            Samples.Span("web", traceId, "bbbb000000000001", null, "POST /chat", 0, 300),
            Samples.Span("chatapi", traceId, "bbbb000000000002", "bbbb000000000001", "chat gpt-test", 20, 200,
                new() { ["gen_ai.operation.name"] = "chat", ["gen_ai.request.model"] = "browser-model", ["gen_ai.usage.input_tokens"] = "777", ["gen_ai.usage.output_tokens"] = "88" }),
        ]);
        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "dashboard-screenshots")).FullName;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            // Without the background-networking flags Chromium keeps trying to reach hosts this machine cannot.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 } });

        await page.GotoAsync(dashboard.Server.UiUrl.ToString());
        Assert.Contains("Log in", await page.TitleAsync(), StringComparison.Ordinal);
        await page.GotoAsync(dashboard.Server.LoginUrl.ToString());

        foreach (var (link, heading) in new[] { ("Resources", "Resources"), ("Console", "Console logs"), ("Structured logs", "Structured logs"), ("Traces", "Traces"), ("Metrics", "Metrics"), ("Tokens & latency", "Tokens & latency") })
        {
            await page.ClickAsync($"nav >> text={link}");
            Assert.Equal(heading, await page.InnerTextAsync("main h1"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, $"{heading.Replace(' ', '-').Replace("&", "and", StringComparison.Ordinal)}.png"), FullPage = true });
        }

        var tokens = await page.InnerTextAsync("main");
        Assert.Contains("chatapi\tbrowser-model\tchat\t777\t88", tokens, StringComparison.Ordinal);

        await page.GotoAsync(new Uri(dashboard.Server.UiUrl, $"/traces/{traceId}").ToString());
        Assert.Equal(2, await page.Locator(".waterfall .span").CountAsync());
        await page.ClickAsync("text=chat gpt-test");
        Assert.True(await page.IsVisibleAsync("text=gen_ai.usage.input_tokens"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "trace.png"), FullPage = true });
    }
}
