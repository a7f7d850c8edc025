using MemoryAspire.Hosting;
using MemoryAspire.Hosting.ApplicationModel;
using MemoryAspire.Hosting.Orchestration;

namespace MemoryAspire.UnitTests.Hosting;

public sealed class EnvironmentContractTests
{
    private sealed class FakeProject(string path) : IProjectMetadata
    {
        public string ProjectPath => path;

        public string EntryAssemblyPath => Path.ChangeExtension(path, ".dll");
    }

    private static (ProjectResource ChatApi, ProjectResource Web) Topology()
    {
        var cachePassword = new ParameterResource("cache-password", secret: true) { Value = "RedisPw123" };
        var cache = new RedisResource("cache", cachePassword);
        cache.Annotations.Add(new EndpointAnnotation("tcp", "tcp") { Allocated = new("tcp", "127.0.0.1", 6400) });

        var postgresPassword = new ParameterResource("postgres-password", secret: true) { Value = "PgPw456" };
        var postgres = new PostgresServerResource("postgres", postgresPassword);
        postgres.Annotations.Add(new EndpointAnnotation("tcp", "tcp") { Allocated = new("tcp", "127.0.0.1", 5500) });
        var memorydb = new PostgresDatabaseResource("memorydb", "memorydb", postgres);

        var chatapi = new ProjectResource("chatapi", new FakeProject("/src/MemoryAspire.ChatApi/MemoryAspire.ChatApi.csproj"));
        chatapi.Annotations.Add(new EndpointAnnotation("http", "http") { Allocated = new("http", "localhost", 5301) });
        chatapi.Annotations.Add(new ReferenceAnnotation(cache));
        chatapi.Annotations.Add(new ReferenceAnnotation(memorydb));

        var web = new ProjectResource("web", new FakeProject("/src/MemoryAspire.Web/MemoryAspire.Web.csproj"));
        web.Annotations.Add(new EndpointAnnotation("http", "http") { Allocated = new("http", "localhost", 5300), IsExternal = true });
        web.Annotations.Add(new ReferenceAnnotation(chatapi));
        return (chatapi, web);
    }

    [Fact]
    public async Task Project_receives_connection_strings_urls_and_telemetry_settings_named_as_aspire_names_them()
    {
        var (chatapi, _) = Topology();
        var options = new AppHostOptions { OtlpEndpointUrl = "http://localhost:18889", OtlpApiKey = "otlpkey" };

        var env = await EnvironmentContract.ForProjectAsync(chatapi, "Development", options, "chatapi-abcd1234");

        Assert.Equal(new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
            ["ASPNETCORE_URLS"] = "http://localhost:5301",
            ["ConnectionStrings__cache"] = "127.0.0.1:6400,password=RedisPw123",
            ["ConnectionStrings__memorydb"] = "Host=127.0.0.1;Port=5500;Username=postgres;Password=PgPw456;Database=memorydb",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "1000",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "1000",
            ["OTEL_DOTNET_EXPERIMENTAL_OTLP_EMIT_EVENT_LOG_ATTRIBUTES"] = "true",
            ["OTEL_DOTNET_EXPERIMENTAL_OTLP_EMIT_EXCEPTION_LOG_ATTRIBUTES"] = "true",
            ["OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY"] = "in_memory",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://localhost:18889",
            ["OTEL_EXPORTER_OTLP_HEADERS"] = "x-otlp-api-key=otlpkey",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
            ["OTEL_RESOURCE_ATTRIBUTES"] = "service.instance.id=chatapi-abcd1234",
            ["OTEL_SERVICE_NAME"] = "chatapi",
            ["OTEL_TRACES_SAMPLER"] = "always_on",
        }, env);
    }

    [Fact]
    public async Task Referenced_project_is_discoverable_by_both_service_discovery_variable_forms()
    {
        var (_, web) = Topology();

        var env = await EnvironmentContract.ForProjectAsync(web, "Development", new AppHostOptions(), "web-1");

        Assert.Equal("http://localhost:5301", env["services__chatapi__http__0"]);
        Assert.Equal("http://localhost:5301", env["CHATAPI_HTTP"]);
        Assert.DoesNotContain(env.Keys, k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_dashboard_no_exporter_endpoint_is_set_but_the_experimental_flags_are()
    {
        var (chatapi, _) = Topology();

        var env = await EnvironmentContract.ForProjectAsync(chatapi, "Development", new AppHostOptions(), "chatapi-1");

        Assert.DoesNotContain("OTEL_EXPORTER_OTLP_ENDPOINT", env.Keys);
        Assert.DoesNotContain("OTEL_SERVICE_NAME", env.Keys);
        Assert.Equal("in_memory", env["OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY"]);
    }

    [Fact]
    public async Task Outside_development_the_short_export_intervals_are_not_set()
    {
        var (chatapi, _) = Topology();

        var env = await EnvironmentContract.ForProjectAsync(chatapi, "Production", new AppHostOptions { OtlpEndpointUrl = "http://localhost:18889" }, "chatapi-1");

        Assert.Equal("Production", env["ASPNETCORE_ENVIRONMENT"]);
        Assert.DoesNotContain("OTEL_BSP_SCHEDULE_DELAY", env.Keys);
        Assert.DoesNotContain("OTEL_TRACES_SAMPLER", env.Keys);
        Assert.Equal("chatapi", env["OTEL_SERVICE_NAME"]);
    }

    [Fact]
    public void Connection_strings_are_written_as_manifest_expressions_in_publish_mode()
    {
        var (chatapi, _) = Topology();
        var memorydb = chatapi.Annotations.OfType<ReferenceAnnotation>().Select(r => r.Resource).OfType<PostgresDatabaseResource>().Single();
        var cache = chatapi.Annotations.OfType<ReferenceAnnotation>().Select(r => r.Resource).OfType<RedisResource>().Single();

        Assert.Equal("{cache.bindings.tcp.host}:{cache.bindings.tcp.port},password={cache-password.value}", cache.ConnectionStringExpression.ValueExpression);
        Assert.Equal("Host={postgres.bindings.tcp.host};Port={postgres.bindings.tcp.port};Username=postgres;Password={postgres-password.value}", memorydb.Parent.ConnectionStringExpression.ValueExpression);
        Assert.Equal("{postgres.connectionString};Database=memorydb", memorydb.ConnectionStringExpression.ValueExpression);
    }

    [Fact]
    public void Hyphenated_names_become_upper_case_underscored_variable_names() =>
        Assert.Equal("CHAT_API_HTTP", $"{EnvironmentContract.ToEnvName("chat-api")}_{EnvironmentContract.ToEnvName("http")}");
}
