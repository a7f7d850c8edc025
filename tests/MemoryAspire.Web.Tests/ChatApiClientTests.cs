using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using MemoryAspire.Web.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Http;

namespace MemoryAspire.Web.Tests;

/// <summary>How the typed client reads ChatApi's answers, against a stub handler (no server).</summary>
public sealed class ChatApiClientTests
{
    [Fact]
    public async Task A_404_with_problem_details_is_a_refusal_that_says_what_is_missing()
    {
        var client = ClientAnswering(_ => new HttpResponseMessage(HttpStatusCode.NotFound)
        {
            Content = JsonContent.Create(new { status = 404, title = "Not found", detail = "Fact 42 was not found." }, mediaType: new("application/problem+json")),
        });

        var result = await client.DeleteFactAsync(Guid.NewGuid());

        Assert.Equal(ApiProblemKind.Refused, result.Problem?.Kind);
        Assert.Equal(404, result.Problem?.Status);
        Assert.Equal("Fact 42 was not found.", result.Problem?.Message);
    }

    [Fact]
    public async Task Governance_calls_use_their_routes_with_the_users_token()
    {
        var requests = new List<HttpRequestMessage>();
        var client = ClientAnswering(r => { requests.Add(r); return new HttpResponseMessage(HttpStatusCode.NotFound); });
        var fact = Guid.NewGuid();
        var erasure = Guid.NewGuid();

        await client.CorrectFactAsync(fact, "Qdrant");
        await client.DeleteFactAsync(fact);
        await client.ExportAsync();
        await client.RequestErasureAsync();
        await client.GetErasureAsync(erasure);

        Assert.Equal(
            [$"PUT /api/v1/memory/facts/{fact}", $"DELETE /api/v1/memory/facts/{fact}", "GET /api/v1/memory/export", "POST /api/v1/memory/forget", $"GET /api/v1/memory/forget/{erasure}"],
            requests.Select(r => $"{r.Method} {r.RequestUri!.AbsolutePath}"));
        Assert.All(requests, r => Assert.Equal("Bearer token-of-alex", r.Headers.Authorization?.ToString()));
    }

    [Fact]
    public async Task A_429_says_when_to_send_again()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var client = ClientAnswering(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.RetryAfter = new(TimeSpan.FromSeconds(42));
            return response;
        }, clock);

        var result = await client.StreamTurnAsync(new("hello", null, null), "key", _ => Task.CompletedTask, _ => Task.CompletedTask);

        Assert.Equal(ApiProblemKind.RateLimited, result.Problem?.Kind);
        Assert.Equal(clock.GetUtcNow().AddSeconds(42), result.Problem?.RetryAt);
        Assert.Contains("You can send again at", result.Problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_503_names_the_dependency_that_is_down_and_says_when_to_send_again()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var client = ClientAnswering(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            {
                Content = JsonContent.Create(new { status = 503, title = "PostgreSQL is unavailable", detail = "PostgreSQL, where memory is stored, cannot be reached." },
                    mediaType: new("application/problem+json")),
            };
            response.Headers.RetryAfter = new(TimeSpan.FromSeconds(5));
            return response;
        }, clock);

        var result = await client.StreamTurnAsync(new("hello", null, null), "key", _ => Task.CompletedTask, _ => Task.CompletedTask);

        Assert.Equal(ApiProblemKind.Unavailable, result.Problem?.Kind);
        Assert.Equal(clock.GetUtcNow().AddSeconds(5), result.Problem?.RetryAt);
        Assert.StartsWith("PostgreSQL is unavailable, so ChatApi cannot answer right now", result.Problem?.Message, StringComparison.Ordinal);
        Assert.Equal(ApiProblemKind.Unavailable, (await client.ListSessionsAsync()).Problem?.Kind);
    }

    [Fact]
    public async Task A_refused_connection_is_unreachable_and_a_5xx_is_a_server_error()
    {
        var down = ClientAnswering(_ => throw new HttpRequestException("Connection refused"));
        var failing = ClientAnswering(_ => new HttpResponseMessage(HttpStatusCode.BadGateway));

        Assert.Equal(ApiProblemKind.Unreachable, (await down.ListSessionsAsync()).Problem?.Kind);
        Assert.Equal(ApiProblemKind.Unreachable, (await down.StreamTurnAsync(new("hello", null, null), "key", _ => Task.CompletedTask, _ => Task.CompletedTask)).Problem?.Kind);
        Assert.Equal(ApiProblemKind.ServerError, (await failing.ListSessionsAsync()).Problem?.Kind);
    }

    [Fact]
    public async Task A_streamed_turn_reports_context_then_text_then_the_stored_result()
    {
        var sessionId = Guid.NewGuid();
        var context = $$"""{"strategy":"hybrid","effectiveStrategy":"hybrid","totalTokens":10,"budgetTokens":6000,"overBudget":false,"sections":[],"facts":[],"summary":null,"recall":[],"bufferMessages":2}""";
        var body = $$"""
            event: context
            data: {"sessionId":"{{sessionId}}","context":{{context}},"provider":"offline","model":"offline"}

            event: delta
            data: {"text":"Hello "}

            event: delta
            data: {"text":"Alex"}

            event: done
            data: {"sessionId":"{{sessionId}}","userMessageId":"{{Guid.NewGuid()}}","assistantMessageId":"{{Guid.NewGuid()}}","reply":"Hello Alex","provider":"offline","model":"offline","offline":true,"usage":{"inputTokens":1,"outputTokens":2,"totalTokens":3},"context":{{context}},"replayed":false}


            """.Replace("\r", "", StringComparison.Ordinal);
        var client = ClientAnswering(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, "text/event-stream") });
        var seen = new List<string>();

        var result = await client.StreamTurnAsync(new("hi", null, null), "key",
            c => { seen.Add($"context {c.Context.BufferMessages}"); return Task.CompletedTask; },
            d => { seen.Add($"delta {d}"); return Task.CompletedTask; });

        Assert.Equal(["context 2", "delta Hello ", "delta Alex"], seen);
        Assert.Equal("Hello Alex", result.Value?.Reply);
        Assert.True(result.Value?.Offline);
    }

    private static ChatApiClient ClientAnswering(Func<HttpRequestMessage, HttpResponseMessage> answer, TimeProvider? clock = null)
    {
        var http = new HttpClient(new StubHandler(answer)) { BaseAddress = new("http://chatapi") };
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(AccessTokenSource.ClaimType, "token-of-alex")], "test"));
        var accessor = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = user } };
        return new ChatApiClient(http, new AccessTokenSource(accessor, new ServerAuthenticationStateProvider()), clock ?? TimeProvider.System);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
