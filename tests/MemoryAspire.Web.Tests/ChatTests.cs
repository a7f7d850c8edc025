using static Microsoft.Playwright.Assertions;

namespace MemoryAspire.Web.Tests;

[Collection(WebStackTests.Name)]
public sealed class ChatTests(WebStackFixture stack)
{
    private static readonly string[] SeedConversation =
    [
        "Hi! My name is Alex and I'm building a RAG system in Python.",
        "I'm using ChromaDB for the vector store.",
        "My main challenge is chunking strategy for long PDFs.",
        "I think 512 tokens with 50-token overlap is working well.",
        "Now I want to add entity extraction from the retrieved chunks.",
        "Can you remind me what vector store I said I was using?",
    ];

    [Fact]
    public async Task Six_message_conversation_shows_ChromaDB_in_the_last_replys_memory_panel()
    {
        var user = $"alex-{Guid.NewGuid():N}"[..20];
        using var chatApi = await stack.ChatApiForAsync(user);
        var page = await stack.OpenAsync(stack.Web);
        await WebStackFixture.SignInAsync(page, user);
        await Expect(page.Locator("[data-testid=signed-in-user]")).ToHaveTextAsync(user);
        await Expect(page.Locator("[data-testid=no-sessions]")).ToBeVisibleAsync();

        foreach (var message in SeedConversation)
        {
            await page.SendAsync(message);
            // Memory jobs are asynchronous: the next turn should see this one's facts and summary.
            await chatApi.WaitForMemoryJobsAsync();
        }

        var last = page.MemoryPanels().Last;
        await Expect(last).ToContainTextAsync("ChromaDB");
        await Expect(last.Locator("[data-testid=model]")).ToContainTextAsync("offline");
        await Expect(last.Locator("table.sections")).ToContainTextAsync("buffer");
        await Expect(page.Locator("[data-testid=offline-banner]")).ToContainTextAsync("ConnectionStrings__openai");
        await Expect(page.Locator("[data-testid=assistant-message]")).ToHaveCountAsync(SeedConversation.Length);
        await Expect(page.Locator("[data-testid=session]")).ToHaveCountAsync(1);
        // Focus returns to the message box after a send, for the next message.
        Assert.Equal("FLUENT-TEXT-AREA", await page.EvaluateAsync<string>("document.activeElement?.tagName"));
        await WebStackFixture.ScreenshotAsync(page, "chat-desktop");

        await page.SetViewportSizeAsync(WebStackFixture.Phone.Width, WebStackFixture.Phone.Height);
        await Expect(page.Composer()).ToBeVisibleAsync();
        await WebStackFixture.ScreenshotAsync(page, "chat-phone");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_message_sent_in_the_browser_is_one_trace_in_the_dashboard_from_web_through_chatapi_to_postgres_redis_and_the_model()
    {
        var user = $"traced-{Guid.NewGuid():N}"[..20];
        var page = await stack.OpenAsync(stack.Web);
        await WebStackFixture.SignInAsync(page, user);
        await page.SendAsync("I'm using Weaviate for the vector store.");

        var deadline = DateTime.UtcNow.AddSeconds(90);
        IReadOnlyList<MemoryAspire.Testing.DashboardSpan> trace = [];
        while (trace.Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "no trace from web through chatapi to PostgreSQL, Redis and the model in the dashboard after 90 s");
            foreach (var call in (await stack.Telemetry.SpansAsync("web")).Where(s => s.Kind == MemoryAspire.Testing.DashboardSpan.ClientKind
                && s.Attributes.GetValueOrDefault("url.full", "").Contains("/api/v1/chat", StringComparison.Ordinal)))
            {
                var spans = await stack.Telemetry.TraceAsync(call.TraceId);
                if (spans.Any(s => s.Service == "chatapi" && s.Kind == MemoryAspire.Testing.DashboardSpan.ServerKind && s.ParentSpanId == call.SpanId)
                    && spans.Any(s => s.Service == "chatapi" && s.Scope == "Npgsql")
                    && spans.Any(s => s.Service == "chatapi" && (s.Attributes.GetValueOrDefault("db.system") ?? s.Attributes.GetValueOrDefault("db.system.name")) == "redis")
                    && spans.Any(s => s.Service == "chatapi" && s.Attributes.GetValueOrDefault("gen_ai.operation.name") == "chat"))
                {
                    trace = spans;
                }
            }

            await Task.Delay(500);
        }

        Assert.Contains(trace, s => s.Service == "web");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task New_conversation_and_delete_keep_the_sessions_list_current()
    {
        var user = $"sessions-{Guid.NewGuid():N}"[..20];
        var page = await stack.OpenAsync(stack.Web);
        await WebStackFixture.SignInAsync(page, user);

        await page.SendAsync("I'm using ChromaDB for the vector store.");
        await page.GetByRole(AriaRole.Button, new() { Name = "New conversation" }).ClickAsync();
        await Expect(page.MemoryPanels()).ToHaveCountAsync(0);
        await page.SendAsync("My main challenge is chunking strategy for long PDFs.");
        await Expect(page.Locator("[data-testid=session]")).ToHaveCountAsync(2);

        // Switching back shows the first conversation's messages.
        await page.Locator("[data-testid=session] .session-link").Nth(1).ClickAsync();
        await Expect(page.Locator("[data-testid=user-message]")).ToHaveTextAsync(["You said: I'm using ChromaDB for the vector store."]);

        await page.Locator("[data-testid=session]").First.GetByRole(AriaRole.Button, new() { NameRegex = new("^Delete conversation") }).ClickAsync();
        await Expect(page.Locator("[data-testid=session]")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Sign_in_page_at_desktop_and_phone_widths()
    {
        foreach (var (viewport, name) in new[] { (WebStackFixture.Desktop, "signin-desktop"), (WebStackFixture.Phone, "signin-phone") })
        {
            var page = await stack.OpenAsync(stack.Web, viewport);
            await page.GotoAsync("/");
            // Signed out, the chat page sends the browser to the sign-in form.
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/signin");
            await Expect(page.GetByLabel("User name")).ToBeVisibleAsync();
            await WebStackFixture.ScreenshotAsync(page, name);
            await page.Context.CloseAsync();
        }
    }
}
