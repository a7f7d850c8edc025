using System.Text.Json.Nodes;
using MemoryAspire.Hosting;
using MemoryAspire.Hosting.ApplicationModel;
using MemoryAspire.Hosting.Publishing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MemoryAspire.UnitTests.Publishing;

public sealed class ManifestPublisherTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"memoryaspire-publisher-{Guid.NewGuid():N}");

    private sealed class FakeProject(string path) : IProjectMetadata
    {
        public string ProjectPath => path;

        public string EntryAssemblyPath => Path.ChangeExtension(path, ".dll");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private DistributedApplicationModel Topology(string? openAiValue = null)
    {
        var module = Path.Combine(_root, "src", "infra", "postgres.bicep");
        Directory.CreateDirectory(Path.GetDirectoryName(module)!);
        File.WriteAllText(module, "param keyVaultName string\n");

        var postgresPassword = new ParameterResource("postgres-password", secret: true) { Value = "ConfiguredPostgresPw1" };
        var postgres = new PostgresServerResource("postgres", postgresPassword);
        postgres.Annotations.Add(new EndpointAnnotation("tcp", "tcp", targetPort: 5432));
        postgres.Annotations.Add(new DataVolumeAnnotation());
        postgres.Annotations.Add(new AzureBicepModuleAnnotation(module, () => new Dictionary<string, object>
        {
            ["administratorLoginPassword"] = postgresPassword,
            [AzureBicepModuleAnnotation.KeyVaultNameParameter] = "",
        }));
        var memorydb = new PostgresDatabaseResource("memorydb", "memorydb", postgres);
        postgres.Databases.Add(memorydb);

        var cachePassword = new ParameterResource("cache-password", secret: true);
        var cache = new RedisResource("cache", cachePassword);
        cache.Annotations.Add(new EndpointAnnotation("tcp", "tcp", targetPort: 6379));

        var openai = new ConnectionStringParameterResource("openai") { Value = openAiValue };
        var chatapi = new ProjectResource("chatapi", new FakeProject(Path.Combine(_root, "src", "ChatApi", "ChatApi.csproj")));
        chatapi.Annotations.Add(new EndpointAnnotation("http", "http", 5301));
        chatapi.Annotations.Add(new ReferenceAnnotation(cache));
        chatapi.Annotations.Add(new ReferenceAnnotation(memorydb));
        chatapi.Annotations.Add(new ReferenceAnnotation(openai));

        var web = new ProjectResource("web", new FakeProject(Path.Combine(_root, "src", "Web", "Web.csproj")));
        web.Annotations.Add(new EndpointAnnotation("http", "http", 5300) { IsExternal = true });
        web.Annotations.Add(new ReferenceAnnotation(chatapi));
        return new([cachePassword, cache, postgresPassword, postgres, memorydb, openai, chatapi, web]);
    }

    private JsonObject Publish(DataServicesMode mode, string? openAiValue = null) =>
        new ManifestPublisher(Topology(openAiValue), mode, NullLogger.Instance).Build(Path.Combine(_root, "out"))["resources"]!.AsObject();

    [Fact]
    public void A_server_with_a_bicep_module_is_published_as_that_module_with_its_path_relative_to_the_manifest()
    {
        var postgres = Publish(DataServicesMode.Azure)["postgres"]!;

        Assert.Equal("azure.bicep.v0", postgres["type"]!.GetValue<string>());
        Assert.Equal("../src/infra/postgres.bicep", postgres["path"]!.GetValue<string>());
        Assert.Equal("{postgres.secretOutputs.connectionString}", postgres["connectionString"]!.GetValue<string>());
        Assert.Equal("{postgres-password.value}", postgres["params"]!["administratorLoginPassword"]!.GetValue<string>());
        Assert.Equal("", postgres["params"]!["keyVaultName"]!.GetValue<string>());
    }

    [Fact]
    public void Every_server_published_as_a_container_is_warned_about_with_the_reason()
    {
        var warnings = new WarningLog();

        new ManifestPublisher(Topology(), DataServicesMode.Azure, warnings).Build(_root);

        var warning = Assert.Single(warnings.Messages);
        Assert.StartsWith("cache is published as a container (it declares no managed Azure service): its data is not durable", warning, StringComparison.Ordinal);
    }

    private sealed class WarningLog : ILogger
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Messages.Add(formatter(state, exception));
            }
        }
    }

    [Fact]
    public void A_database_is_a_value_naming_its_server_connection_string()
    {
        var memorydb = Publish(DataServicesMode.Azure)["memorydb"]!;

        Assert.Equal("value.v0", memorydb["type"]!.GetValue<string>());
        Assert.Equal("{postgres.connectionString};Database=memorydb", memorydb["connectionString"]!.GetValue<string>());
    }

    [Fact]
    public void In_containers_mode_the_same_server_is_a_container_with_its_volume_and_password_parameter()
    {
        var postgres = Publish(DataServicesMode.Containers)["postgres"]!;

        Assert.Equal("container.v0", postgres["type"]!.GetValue<string>());
        Assert.Equal(ManifestPublisher.PostgresImage, postgres["image"]!.GetValue<string>());
        Assert.Equal("memoryaspire-postgres-data", postgres["volumes"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("memorydb", postgres["env"]!["POSTGRES_DB"]!.GetValue<string>());
    }

    [Fact]
    public void Redis_without_a_module_is_a_container_whose_password_comes_from_the_environment_not_the_command_line()
    {
        var cache = Publish(DataServicesMode.Azure)["cache"]!;

        Assert.Equal("container.v0", cache["type"]!.GetValue<string>());
        Assert.Equal(["-c", "redis-server --requirepass $REDIS_PASSWORD"], cache["args"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("{cache-password.value}", cache["env"]!["REDIS_PASSWORD"]!.GetValue<string>());
        Assert.Null(cache["volumes"]);
    }

    [Fact]
    public void Generated_secrets_are_letters_and_digits_of_every_kind_and_their_configured_values_stay_out()
    {
        var resources = Publish(DataServicesMode.Azure, openAiValue: "Endpoint=https://x.invalid/;Key=sk-secret");
        var input = resources["postgres-password"]!["inputs"]!["value"]!;

        Assert.True(input["secret"]!.GetValue<bool>());
        Assert.False(input["default"]!["generate"]!["special"]!.GetValue<bool>());
        Assert.Equal(1, input["default"]!["generate"]!["minUpper"]!.GetValue<int>());
        Assert.DoesNotContain("ConfiguredPostgresPw1", resources.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("sk-secret", resources.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_parameter_is_asked_for_with_no_default_and_is_its_own_connection_string()
    {
        var openai = Publish(DataServicesMode.Azure)["openai"]!;

        Assert.Equal("{openai.value}", openai["connectionString"]!.GetValue<string>());
        Assert.Equal("{openai.inputs.value}", openai["value"]!.GetValue<string>());
        Assert.Null(openai["inputs"]!["value"]!["default"]);
    }

    [Fact]
    public void Projects_have_relative_paths_http_bindings_and_only_external_ones_say_so()
    {
        var resources = Publish(DataServicesMode.Azure);

        Assert.Equal("../src/ChatApi/ChatApi.csproj", resources["chatapi"]!["path"]!.GetValue<string>());
        Assert.Null(resources["chatapi"]!["bindings"]!["http"]!["external"]);
        Assert.True(resources["web"]!["bindings"]!["http"]!["external"]!.GetValue<bool>());
        Assert.Equal("{chatapi.bindings.http.targetPort}", resources["chatapi"]!["env"]!["HTTP_PORTS"]!.GetValue<string>());
    }

    [Fact]
    public void A_parameter_nothing_refers_to_is_left_out()
    {
        var cacheUsesModule = Topology();
        var cache = cacheUsesModule.Find<RedisResource>("cache");
        var module = Path.Combine(_root, "src", "infra", "redis.bicep");
        File.WriteAllText(module, "param keyVaultName string\n");
        cache.Annotations.Add(new AzureBicepModuleAnnotation(module, () => new Dictionary<string, object> { ["keyVaultName"] = "" }));

        var resources = new ManifestPublisher(cacheUsesModule, DataServicesMode.Azure, NullLogger.Instance).Build(_root)["resources"]!.AsObject();

        Assert.False(resources.ContainsKey("cache-password"));
        Assert.True(resources.ContainsKey("postgres-password"));
    }

    [Fact]
    public void A_missing_bicep_module_fails_naming_the_resource_and_the_path()
    {
        var model = Topology();
        File.Delete(Path.Combine(_root, "src", "infra", "postgres.bicep"));

        var error = Assert.Throws<DistributedApplicationException>(() => new ManifestPublisher(model, DataServicesMode.Azure, NullLogger.Instance).Build(_root));

        Assert.Contains("The Bicep module of 'postgres' does not exist", error.Message, StringComparison.Ordinal);
    }
}
