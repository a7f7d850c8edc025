using static Microsoft.Playwright.Assertions;

namespace MemoryAspire.Web.Tests;

/// <summary>What a user does on the chat page, in the words of the page.</summary>
public static class ChatPage
{
    public static ILocator Composer(this IPage page) => page.Locator("[data-testid=composer] textarea");

    public static ILocator MemoryPanels(this IPage page) => page.Locator("[data-testid=memory-panel]");

    public static ILocator Banner(this IPage page) => page.Locator("[data-testid=problem-banner]");

    /// <summary>Types a message, sends it with Ctrl+Enter and waits for the stored reply.</summary>
    public static async Task SendAsync(this IPage page, string message)
    {
        var replies = await page.MemoryPanels().CountAsync();
        await page.Composer().FillAsync(message);
        await page.Composer().PressAsync("Control+Enter");
        await Expect(page.MemoryPanels()).ToHaveCountAsync(replies + 1);
        // The box is emptied only when the turn is stored.
        await Expect(page.Composer()).ToHaveValueAsync("");
    }
}
