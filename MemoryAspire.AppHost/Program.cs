var builder = DistributedApplication.CreateBuilder(args);

// Deployed as managed Azure services (durable, backed up) unless AppHost:DataServices=Containers.
var cache = builder.AddRedis("cache")
    .WithDataVolume()
    .PublishAsAzureManagedRedis();

var postgres = builder.AddPostgres("postgres")
    .WithDataVolume()
    // Retention sweeps delete in bulk: keep WAL segments for reuse (creating one zero-fills 16 MB while a commit waits),
    // compress the full-page images that a sweep's first change to each page logs, and have every backend (the sweeper's,
    // autovacuum's after it) hand its data writes to the disk as it goes (backend_flush_after), instead of leaving hundreds of
    // MB dirty in the kernel's cache for a burst of writeback that every chat commit's WAL flush then queues behind.
    .WithArgs("-c", "min_wal_size=1GB", "-c", "wal_compression=on", "-c", "backend_flush_after=256kB")
    .PublishAsAzurePostgresFlexibleServer();
var memorydb = postgres.AddDatabase("memorydb");

// Signs the development sign-in tokens that Web issues and ChatApi validates.
var jwtSigningKey = builder.AddParameter("jwt-signing-key", new GenerateParameterDefault { MinLength = 48 }, secret: true);

// The worker applies the schema migrations; ChatApi reports healthy only once the schema is current.
var memoryworker = builder.AddProject<Projects.MemoryAspire_MemoryWorker>("memoryworker")
    .WithReference(cache)
    .WithReference(memorydb)
    .WaitFor(cache)
    .WaitFor(memorydb);

var chatapi = builder.AddProject<Projects.MemoryAspire_ChatApi>("chatapi")
    .WithReference(cache)
    .WithReference(memorydb)
    .WithEnvironment("Jwt__SigningKey", jwtSigningKey.Resource)
    .WaitFor(cache)
    .WaitFor(memorydb);

// A real model when ConnectionStrings:openai is set (Endpoint=...;Key=...;Model=...); otherwise the offline provider.
if (builder.Configuration.GetConnectionString("openai") is { Length: > 0 } || builder.ExecutionContext.IsPublishMode)
{
    var openai = builder.AddConnectionString("openai");
    chatapi.WithReference(openai);
    memoryworker.WithReference(openai);
}

builder.AddProject<Projects.MemoryAspire_Web>("web")
    .WithExternalHttpEndpoints()
    .WithReference(chatapi)
    .WithEnvironment("Jwt__SigningKey", jwtSigningKey.Resource)
    .WaitFor(chatapi);

builder.Build().Run();
