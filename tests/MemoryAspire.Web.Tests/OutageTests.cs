using static Microsoft.Playwright.Assertions;

namespace MemoryAspire.Web.Tests;

[Collection(WebStackTests.Name)]
public sealed class OutageTests(WebStackFixture stack)
{
    // The hosting layer cannot stop one resource yet, so this uses a second Web (webnoapi) whose chatapi address is a dead port.
    [Fact]
    public async Task ChatApi_unreachable_shows_a_banner_and_keeps_the_typed_message()
    {
        var page = await stack.OpenAsync(stack.WebWithoutChatApi);
        await WebStackFixture.SignInAsync(page, "outage-user");
        await Expect(page.Banner()).ToContainTextAsync("ChatApi cannot be reached");

        const string message = "I'm using ChromaDB for the vector store.";
        await page.Composer().FillAsync(message);
        await page.Composer().PressAsync("Control+Enter");
        await Expect(page.Banner()).ToHaveAttributeAsync("data-kind", "Unreachable");
        await Expect(page.Banner()).ToContainTextAsync("Your message is kept");
        await Expect(page.Composer()).ToHaveValueAsync(message);
        await Expect(page.Locator("[data-testid=user-message]")).ToHaveCountAsync(0);
        await WebStackFixture.ScreenshotAsync(page, "chat-chatapi-unreachable-desktop");
        await page.SetViewportSizeAsync(WebStackFixture.Phone.Width, WebStackFixture.Phone.Height);
        await WebStackFixture.ScreenshotAsync(page, "chat-chatapi-unreachable-phone");
        await page.Context.CloseAsync();
    }
}
