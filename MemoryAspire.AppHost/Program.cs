using Microsoft.Extensions.Configuration;
using MemoryAspire.AppHost.DataServices;
using MemoryAspire.AppHost.Lifecycle;
using Microsoft.Extensions.DependencyInjection;

var builder = DistributedApplication.CreateBuilder(args);
builder.Services.AddHostedService<ReverseDependencyShutdown>();

// Debian's Redis and PostgreSQL in run mode (or the servers ConnectionStrings:cache and :memorydb name); Azure managed
// services when published (AppHost:DataServices=Containers for Aspire's containers instead).
var cache = builder.AddRedisServer("cache");
var memorydb = builder.AddPostgresServer("postgres",
        // Retention sweeps delete in bulk: keep WAL segments for reuse (creating one zero-fills 16 MB while a commit waits),
        // compress the full-page images a sweep's first change to each page logs, and have every backend hand its data writes
        // to the disk as it goes instead of leaving a burst of writeback for every chat commit's WAL flush to queue behind.
        "min_wal_size=1GB", "wal_compression=on", "backend_flush_after=256kB")
    .AddDatabase("memorydb");

// Signs the development sign-in tokens that Web issues and ChatApi validates.
var jwtSigningKey = builder.AddGeneratedSecret("jwt-signing-key", minLength: 48);

// The worker applies the schema migrations before it answers /health. ChatApi waits for them too (eShop's migration
// pattern), but in its own start (SchemaGate: it listens only once every migration it knows is in) rather than by being
// started only after the worker is healthy: the two start side by side, which saves a service start (~3 s) per stack.
// Services listen on their own ports (no orchestrator proxy in front: one hop less per request, and a stopped service
// refuses connections at once instead of leaving them hanging).
var memoryworker = builder.AddProject<Projects.MemoryAspire_MemoryWorker>("memoryworker")
    .WithEndpoint("http", endpoint => endpoint.IsProxied = false)
    .WithReferenceEnvironment(ReferenceEnvironmentInjectionFlags.ConnectionString)
    .WithReference(cache)
    .WithReference(memorydb)
    .WaitFor(cache)
    .WaitFor(memorydb)
    .WithHttpHealthCheck("/health");

var chatapi = builder.AddProject<Projects.MemoryAspire_ChatApi>("chatapi")
    .WithEndpoint("http", endpoint => endpoint.IsProxied = false)
    .WithReferenceEnvironment(ReferenceEnvironmentInjectionFlags.ConnectionString)
    .WithReference(cache)
    .WithReference(memorydb)
    .WithEnvironment("Jwt__SigningKey", jwtSigningKey)
    .WaitFor(cache)
    .WaitFor(memorydb)
    .WaitForStart(memoryworker)
    .WithHttpHealthCheck("/health");

// A real model when ConnectionStrings:openai is set (Endpoint=...;Key=...;Model=...); otherwise the offline provider.
if (builder.Configuration.GetConnectionString("openai") is { Length: > 0 } || builder.ExecutionContext.IsPublishMode)
{
    var openai = builder.AddConnectionString("openai");
    chatapi.WithReference(openai);
    memoryworker.WithReference(openai);
}

// Web starts alongside the others (it calls ChatApi per request, and says so when ChatApi is not there yet).
builder.AddProject<Projects.MemoryAspire_Web>("web")
    .WithEndpoint("http", endpoint => endpoint.IsProxied = false)
    .WithReferenceEnvironment(ReferenceEnvironmentInjectionFlags.ServiceDiscovery)
    .WithExternalHttpEndpoints()
    .WithReference(chatapi)
    .WithEnvironment("Jwt__SigningKey", jwtSigningKey)
    .WithHttpHealthCheck("/health");

builder.Build().Run();
