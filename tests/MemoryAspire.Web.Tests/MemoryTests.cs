using System.Net.Http.Json;
using static Microsoft.Playwright.Assertions;

namespace MemoryAspire.Web.Tests;

[Collection(WebStackTests.Name)]
public sealed class MemoryTests(WebStackFixture stack)
{
    [Fact]
    public async Task Memory_page_lists_facts_with_their_source_and_a_second_user_sees_none_of_them()
    {
        var alex = $"alex-{Guid.NewGuid():N}"[..20];
        using (var chatApi = await stack.ChatApiForAsync(alex))
        {
            (await chatApi.PostAsJsonAsync("/api/v1/chat", new { message = "I'm using ChromaDB for the vector store." })).EnsureSuccessStatusCode();
            await chatApi.WaitForMemoryJobsAsync();
        }

        var page = await stack.OpenAsync(stack.Web);
        await WebStackFixture.SignInAsync(page, alex);
        await page.GetByRole(AriaRole.Link, new() { Name = "What I remember" }).ClickAsync();
        var fact = page.Locator("[data-testid=fact]").Filter(new() { HasText = "ChromaDB" });
        await Expect(fact).ToHaveCountAsync(1);
        await Expect(fact).ToContainTextAsync("you said “I'm using ChromaDB for the vector store.”");
        await Expect(fact).ToContainTextAsync("Confidence");
        await Expect(fact).ToContainTextAsync("Observed");
        await WebStackFixture.ScreenshotAsync(page, "memory-desktop");
        await page.SetViewportSizeAsync(WebStackFixture.Phone.Width, WebStackFixture.Phone.Height);
        await WebStackFixture.ScreenshotAsync(page, "memory-phone");
        await page.Context.CloseAsync();

        var other = await stack.OpenAsync(stack.Web);
        await WebStackFixture.SignInAsync(other, $"sam-{Guid.NewGuid():N}"[..20]);
        await Expect(other.Locator("[data-testid=no-sessions]")).ToBeVisibleAsync();
        await Expect(other.Locator("[data-testid=session]")).ToHaveCountAsync(0);
        await other.GotoAsync("/memory");
        await Expect(other.Locator("[data-testid=no-facts]")).ToBeVisibleAsync();
        Assert.DoesNotContain("ChromaDB", await other.ContentAsync(), StringComparison.Ordinal);
        await other.Context.CloseAsync();
    }

    [Fact]
    public async Task Correct_delete_export_and_forget_work_from_the_memory_page()
    {
        var user = $"gov-{Guid.NewGuid():N}"[..20];
        using (var chatApi = await stack.ChatApiForAsync(user))
        {
            (await chatApi.PostAsJsonAsync("/api/v1/chat", new { message = "I'm using ChromaDB for the vector store." })).EnsureSuccessStatusCode();
            await chatApi.WaitForMemoryJobsAsync();
        }

        var page = await stack.OpenAsync(stack.Web);
        await WebStackFixture.SignInAsync(page, user);
        await page.GotoAsync("/memory");
        var notice = page.Locator("[data-testid=notice]");

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Correct ") }).First.ClickAsync();
        await page.Locator(".correct-form input").FillAsync("Qdrant");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(notice).ToContainTextAsync("is now “Qdrant”");
        await Expect(page.Locator("[data-testid=fact-value]").Filter(new() { HasText = "Qdrant" }).First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Delete ") }).First.ClickAsync();
        await Expect(notice).ToContainTextAsync("is forgotten");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export]").ClickAsync());
        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);

        await page.GotoAsync("/memory");
        await page.Locator("[data-testid=forget]").ClickAsync();
        await page.Locator("[data-testid=confirm-forget]").ClickAsync();
        await Expect(notice).ToContainTextAsync("Everything about you is forgotten", new() { Timeout = 30_000 });
        await page.Context.CloseAsync();
    }
}
