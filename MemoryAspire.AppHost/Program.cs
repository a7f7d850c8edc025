var builder = DistributedApplication.CreateBuilder(args);

var cache = builder.AddRedis("cache")
    .WithDataVolume();

var postgres = builder.AddPostgres("postgres")
    .WithDataVolume();
var memorydb = postgres.AddDatabase("memorydb");

var chatapi = builder.AddProject<Projects.MemoryAspire_ChatApi>("chatapi")
    .WithReference(cache)
    .WithReference(memorydb)
    .WaitFor(cache)
    .WaitFor(memorydb);

builder.AddProject<Projects.MemoryAspire_MemoryWorker>("memoryworker")
    .WithReference(cache)
    .WithReference(memorydb)
    .WaitFor(cache)
    .WaitFor(memorydb);

builder.AddProject<Projects.MemoryAspire_Web>("web")
    .WithExternalHttpEndpoints()
    .WithReference(chatapi)
    .WaitFor(chatapi);

builder.Build().Run();
