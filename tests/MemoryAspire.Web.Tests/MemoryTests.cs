using System.Net.Http.Json;
using System.Text.Json;
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
    public async Task A_corrected_fact_is_what_the_next_turn_uses_and_a_deleted_fact_is_gone()
    {
        var user = $"fix-{Guid.NewGuid():N}"[..20];
        using var chatApi = await stack.ChatApiForAsync(user);
        var page = await stack.OpenAsync(stack.Web);
        await WebStackFixture.SignInAsync(page, user);
        await page.SendAsync("I'm using ChromaDB for the vector store.");
        await chatApi.WaitForMemoryJobsAsync();

        await page.GotoAsync("/memory");
        var fact = page.Locator("[data-testid=fact]").Filter(new() { HasText = "ChromaDB" });
        await Expect(fact).ToHaveCountAsync(1);
        await Expect(fact.Locator("[data-testid=authority]")).ToHaveTextAsync("from what you said");
        await fact.GetByRole(AriaRole.Button, new() { NameRegex = new("^Correct ") }).ClickAsync();
        await page.Locator(".correct-form input").FillAsync("Qdrant");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("[data-testid=notice]")).ToContainTextAsync("is now “Qdrant”");
        var corrected = page.Locator("[data-testid=fact]").Filter(new() { HasText = "Qdrant" });
        await Expect(corrected).ToHaveCountAsync(1);
        await Expect(corrected.Locator("[data-testid=authority]")).ToHaveTextAsync("your correction");
        // The old value is history, not a current fact.
        await Expect(page.Locator("[data-testid=fact]").Filter(new() { HasText = "ChromaDB" })).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=old-fact]").Filter(new() { HasText = "ChromaDB" })).ToHaveCountAsync(1);
        await WebStackFixture.ScreenshotAsync(page, "memory-corrected-desktop");

        await page.GotoAsync("/");
        await page.Locator("[data-testid=session] .session-link").First.ClickAsync();
        // The conversation is loaded before anything is typed into it.
        await Expect(page.Locator("[data-testid=user-message]")).ToHaveTextAsync(["You said: I'm using ChromaDB for the vector store."]);
        await page.SendAsync("Which vector store am I using again?");
        var panel = page.MemoryPanels().Last;
        await Expect(panel).ToContainTextAsync("Qdrant");
        Assert.DoesNotContain("ChromaDB", await panel.Locator("[data-testid=profile-facts]").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/memory");
        await page.Locator("[data-testid=fact]").Filter(new() { HasText = "Qdrant" }).GetByRole(AriaRole.Button, new() { NameRegex = new("^Delete ") }).ClickAsync();
        await Expect(page.Locator("[data-testid=notice]")).ToContainTextAsync("is forgotten");
        await Expect(page.Locator("[data-testid=fact]").Filter(new() { HasText = "Qdrant" })).ToHaveCountAsync(0);
        var facts = await chatApi.GetFromJsonAsync<JsonElement[]>("/api/v1/memory/facts");
        Assert.DoesNotContain(facts!, f => f.GetProperty("value").GetString() == "Qdrant");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Export_downloads_one_json_file_with_the_conversations_and_facts()
    {
        var user = $"export-{Guid.NewGuid():N}"[..20];
        using var chatApi = await stack.ChatApiForAsync(user);
        (await chatApi.PostAsJsonAsync("/api/v1/chat", new { message = "I'm using ChromaDB for the vector store." })).EnsureSuccessStatusCode();
        await chatApi.WaitForMemoryJobsAsync();

        var page = await stack.OpenAsync(stack.Web);
        await WebStackFixture.SignInAsync(page, user);
        await page.GotoAsync("/memory");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export]").ClickAsync());
        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(WebStackFixture.ScreenshotFolder, $"export-{user}.json");
        await download.SaveAsAsync(path);

        using var export = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var root = export.RootElement;
        Assert.Equal(user, root.GetProperty("subject").GetString());
        var session = Assert.Single(root.GetProperty("sessions").EnumerateArray());
        Assert.Contains(session.GetProperty("messages").EnumerateArray(), m => m.GetProperty("content").GetString() == "I'm using ChromaDB for the vector store.");
        Assert.Contains(root.GetProperty("facts").EnumerateArray(), f => f.GetProperty("value").GetString() == "ChromaDB");
        Assert.NotEmpty(root.GetProperty("audit").EnumerateArray());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Forget_everything_asks_first_shows_progress_and_ends_with_an_empty_memory_page()
    {
        var user = $"forget-{Guid.NewGuid():N}"[..20];
        using var chatApi = await stack.ChatApiForAsync(user);
        (await chatApi.PostAsJsonAsync("/api/v1/chat", new { message = "Hi! My name is Alex and I'm building a RAG system in Python." })).EnsureSuccessStatusCode();
        (await chatApi.PostAsJsonAsync("/api/v1/chat", new { message = "I'm using ChromaDB for the vector store." })).EnsureSuccessStatusCode();
        await chatApi.WaitForMemoryJobsAsync();

        var page = await stack.OpenAsync(stack.Web);
        await WebStackFixture.SignInAsync(page, user);
        await page.GotoAsync("/memory");
        await Expect(page.Locator("[data-testid=fact]").Filter(new() { HasText = "ChromaDB" })).ToHaveCountAsync(1);
        await page.Locator("[data-testid=forget]").ClickAsync();
        await Expect(page.Locator("#confirm-forget")).ToContainTextAsync("cannot be undone");
        await WebStackFixture.ScreenshotAsync(page, "memory-forget-confirm-desktop");
        await page.Locator("[data-testid=confirm-forget]").ClickAsync();
        await Expect(page.Locator("[data-testid=notice]")).ToContainTextAsync("Everything about you is forgotten", new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-testid=no-facts]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=old-fact]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=erasure]")).ToContainTextAsync("completed");
        await WebStackFixture.ScreenshotAsync(page, "memory-forgotten-desktop");

        await page.GotoAsync("/");
        await Expect(page.Locator("[data-testid=no-sessions]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
