using System.Net.Http.Json;
using static Microsoft.Playwright.Assertions;

namespace MemoryAspire.Web.Tests;

[Collection(WebStackTests.Name)]
public sealed class OutageTests(WebStackFixture stack)
{
    [Fact]
    public async Task ChatApi_stopped_mid_session_shows_a_banner_keeps_the_typed_message_and_sends_it_once_chatapi_is_back()
    {
        var page = await stack.OpenAsync(stack.Web);
        await WebStackFixture.SignInAsync(page, "outage-user");
        await page.Composer().FillAsync("Hello before the outage.");
        await page.Composer().PressAsync("Control+Enter");
        await Expect(page.Locator("[data-testid=assistant-message]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });

        const string message = "I'm using ChromaDB for the vector store.";
        await stack.Stack.StopAsync("chatapi");
        try
        {
            await page.Composer().FillAsync(message);
            await page.Composer().PressAsync("Control+Enter");
            // The client's resilience handler retries first, so the banner can take a few seconds.
            await Expect(page.Banner()).ToHaveAttributeAsync("data-kind", "Unreachable", new() { Timeout = 60_000 });
            await Expect(page.Banner()).ToContainTextAsync("Your message is kept");
            await Expect(page.Composer()).ToHaveValueAsync(message);
            await Expect(page.Locator("[data-testid=user-message]")).ToHaveCountAsync(1);
            await WebStackFixture.ScreenshotAsync(page, "chat-chatapi-unreachable-desktop");
            await page.SetViewportSizeAsync(WebStackFixture.Phone.Width, WebStackFixture.Phone.Height);
            await WebStackFixture.ScreenshotAsync(page, "chat-chatapi-unreachable-phone");
        }
        finally
        {
            await stack.Stack.StartAsync("chatapi");
        }

        await page.Composer().PressAsync("Control+Enter");
        await Expect(page.Locator("[data-testid=user-message]")).ToHaveCountAsync(2, new() { Timeout = 60_000 });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Too_many_messages_show_when_to_send_again_and_keep_the_typed_message()
    {
        var user = $"busy-{Guid.NewGuid():N}"[..20];
        using var chatApi = await stack.ChatApiForAsync(user);
        var page = await stack.OpenAsync(stack.Web);
        await WebStackFixture.SignInAsync(page, user);

        // ChatApi counts per calendar minute: start early in one so that the limit and the page's message fall in the same minute.
        if (DateTime.UtcNow.Second > 40)
        {
            await Task.Delay(TimeSpan.FromSeconds(61 - DateTime.UtcNow.Second));
        }

        for (var i = 0; i < WebStackFixture.RequestsPerMinute; i++)
        {
            using var response = await chatApi.PostAsJsonAsync("/api/v1/chat", new { message = $"Message {i}" });
            response.EnsureSuccessStatusCode();
        }

        const string message = "One message too many.";
        await page.Composer().FillAsync(message);
        await page.Composer().PressAsync("Control+Enter");
        await Expect(page.Banner()).ToHaveAttributeAsync("data-kind", "RateLimited");
        await Expect(page.Banner()).ToContainTextAsync("You can send again at");
        await Expect(page.Composer()).ToHaveValueAsync(message);
        await page.Context.CloseAsync();
    }
}
