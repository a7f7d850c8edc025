using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MemoryAspire.Hosting.ApplicationModel;
using MemoryAspire.Hosting.Orchestration;
using MemoryAspire.Hosting.Publishing;
using MemoryAspire.Hosting.Testing;

namespace MemoryAspire.Hosting.Tests;

/// <summary>The real AppHost run in publish mode as azd runs it, and the manifest checked against what azd accepts.</summary>
public sealed partial class ManifestTests : IDisposable
{
    private static readonly string[] AzdResourceTypes =
        ["project.v0", "project.v1", "container.v0", "container.v1", "dockerfile.v0", "parameter.v0", "value.v0", "azure.bicep.v0"];

    private static readonly string[] BindingFields = ["host", "port", "targetPort", "url", "scheme"];

    /// <summary>Run-mode variables that only serve a local run: the port and environment name, and the local dashboard's exporter.</summary>
    private static readonly string[] LocalOnlyVariables =
    [
        "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_PROTOCOL",
        "OTEL_EXPORTER_OTLP_HEADERS", "OTEL_SERVICE_NAME", "OTEL_RESOURCE_ATTRIBUTES", "OTEL_BSP_SCHEDULE_DELAY", "OTEL_BLRP_SCHEDULE_DELAY",
        "OTEL_METRIC_EXPORT_INTERVAL", "OTEL_TRACES_SAMPLER",
    ];

    private const string KnownOpenAiKey = "sk-test-KnownOpenAiKey0123456789";
    private const string KnownJwtKey = "KnownJwtSigningKey0123456789abcdefghijklmnopqrstuvwxyz";
    private const string KnownCachePassword = "KnownCachePassword0123";

    private readonly string _output = Path.Combine(Path.GetTempPath(), $"memoryaspire-manifest-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public async Task Publishing_from_the_repository_root_writes_a_manifest_azd_accepts_and_starts_nothing()
    {
        var (result, manifest, path) = await PublishAsync(CommandLine.RepositoryRoot, Path.Combine(_output, "root", "manifest.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("https://json.schemastore.org/aspire-8.0.json", manifest["$schema"]!.GetValue<string>());
        Assert.DoesNotContain("Started ", result.Output, StringComparison.Ordinal);
        AssertAcceptedByAzd(manifest, Path.GetDirectoryName(path)!);
        Assert.Equal(
            ["cache", "postgres-password", "postgres", "memorydb", "jwt-signing-key", "memoryworker", "chatapi", "openai", "web"],
            Resources(manifest).Select(r => r.Key));
    }

    [Fact]
    public async Task Publishing_from_the_apphost_folder_with_dotnet_run_resolves_a_relative_output_path_against_that_folder()
    {
        var relative = Path.GetRelativePath(CommandLine.AppHostDirectory, Path.Combine(_output, "apphost", "manifest.json"));

        var result = await CommandLine.RunAsync(CommandLine.Dotnet,
            ["run", "--no-build", "--project", "MemoryAspire.AppHost.csproj", "--", "--publisher", "manifest", "--output-path", relative],
            CommandLine.AppHostDirectory);

        Assert.True(result.ExitCode == 0, result.Output);
        var path = Path.GetFullPath(relative, CommandLine.AppHostDirectory);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        AssertAcceptedByAzd(manifest, Path.GetDirectoryName(path)!);
    }

    [Fact]
    public async Task Managed_azure_services_are_the_default_and_their_connection_strings_come_from_the_modules_secret_outputs()
    {
        var (_, manifest, _) = await PublishAsync(CommandLine.RepositoryRoot, Path.Combine(_output, "m.json"));
        var resources = Resources(manifest);

        Assert.Equal("azure.bicep.v0", resources["postgres"]!["type"]!.GetValue<string>());
        Assert.Equal("{postgres.secretOutputs.connectionString}", resources["postgres"]!["connectionString"]!.GetValue<string>());
        Assert.Equal("{postgres-password.value}", resources["postgres"]!["params"]!["administratorLoginPassword"]!.GetValue<string>());
        Assert.Equal("memorydb", resources["postgres"]!["params"]!["databaseNames"]!.GetValue<string>());
        Assert.Equal("azure.bicep.v0", resources["cache"]!["type"]!.GetValue<string>());
        Assert.Equal("{cache.secretOutputs.connectionString}", resources["cache"]!["connectionString"]!.GetValue<string>());
        Assert.Equal("{postgres.connectionString};Database=memorydb", resources["memorydb"]!["connectionString"]!.GetValue<string>());
        Assert.False(resources.ContainsKey("cache-password"), "Managed Redis uses its access key: no password parameter to ask for.");
    }

    [Fact]
    public async Task Secrets_are_parameters_generated_or_asked_for_and_no_configured_secret_value_reaches_the_file()
    {
        var (result, manifest, path) = await PublishAsync(CommandLine.RepositoryRoot, Path.Combine(_output, "s.json"), new Dictionary<string, string>
        {
            ["ConnectionStrings__openai"] = $"Endpoint=https://models.invalid/;Key={KnownOpenAiKey};Model=gpt-4o-mini",
            ["Parameters__jwt-signing-key"] = KnownJwtKey,
            ["ConnectionStrings__cache"] = $"localhost:6379,password={KnownCachePassword}",
            ["AppHost__DataServices"] = "Containers",
        });
        Assert.Equal(0, result.ExitCode);
        var text = await File.ReadAllTextAsync(path);
        var resources = Resources(manifest);

        foreach (var secret in new[] { KnownOpenAiKey, KnownJwtKey, KnownCachePassword, "models.invalid" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        foreach (var name in new[] { "jwt-signing-key", "postgres-password", "cache-password" })
        {
            var input = resources[name]!["inputs"]!["value"]!;
            Assert.True(input["secret"]!.GetValue<bool>(), name);
            Assert.True(input["default"]!["generate"]!["minLength"]!.GetValue<int>() >= 22, name);
        }

        Assert.Equal(48, resources["jwt-signing-key"]!["inputs"]!["value"]!["default"]!["generate"]!["minLength"]!.GetValue<int>());
        var openai = resources["openai"]!;
        Assert.True(openai["inputs"]!["value"]!["secret"]!.GetValue<bool>());
        Assert.Null(openai["inputs"]!["value"]!["default"]);
        Assert.Equal("{openai.value}", openai["connectionString"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_containers_option_publishes_redis_and_postgres_as_containers_and_warns_that_data_is_not_durable()
    {
        var (result, manifest, path) = await PublishAsync(CommandLine.RepositoryRoot, Path.Combine(_output, "c.json"),
            new Dictionary<string, string> { ["AppHost__DataServices"] = "Containers" });
        var resources = Resources(manifest);

        Assert.Equal(0, result.ExitCode);
        AssertAcceptedByAzd(manifest, Path.GetDirectoryName(path)!);
        Assert.Contains("cache is published as a container (AppHost:DataServices=Containers): its data is not durable", result.Output, StringComparison.Ordinal);
        Assert.Contains("postgres is published as a container (AppHost:DataServices=Containers): its data is not durable", result.Output, StringComparison.Ordinal);
        var postgres = resources["postgres"]!;
        Assert.Equal("container.v0", postgres["type"]!.GetValue<string>());
        Assert.Equal("Host={postgres.bindings.tcp.host};Port={postgres.bindings.tcp.port};Username=postgres;Password={postgres-password.value}",
            postgres["connectionString"]!.GetValue<string>());
        Assert.Equal(5432, postgres["bindings"]!["tcp"]!["targetPort"]!.GetValue<int>());
        Assert.Equal("/var/lib/postgresql/data", postgres["volumes"]![0]!["target"]!.GetValue<string>());
        Assert.Equal("{postgres-password.value}", postgres["env"]!["POSTGRES_PASSWORD"]!.GetValue<string>());
        Assert.Equal("memorydb", postgres["env"]!["POSTGRES_DB"]!.GetValue<string>());
        var cache = resources["cache"]!;
        Assert.Equal("container.v0", cache["type"]!.GetValue<string>());
        Assert.Equal("{cache.bindings.tcp.host}:{cache.bindings.tcp.port},password={cache-password.value}", cache["connectionString"]!.GetValue<string>());
        Assert.Equal(6379, cache["bindings"]!["tcp"]!["targetPort"]!.GetValue<int>());
    }

    [Fact]
    public async Task Each_project_gets_the_run_mode_variables_as_expressions_except_the_local_only_ones()
    {
        var (_, manifest, _) = await PublishAsync(CommandLine.RepositoryRoot, Path.Combine(_output, "e.json"));
        var runMode = await RunModeEnvironmentsAsync();

        foreach (var (name, env) in runMode)
        {
            var published = Resources(manifest)[name]!["env"]!.AsObject();
            var expected = env.Keys.Except(LocalOnlyVariables).Append("HTTP_PORTS").Order(StringComparer.Ordinal);
            Assert.Equal(expected, published.Select(p => p.Key).Order(StringComparer.Ordinal));
            Assert.Equal($"{{{name}.bindings.http.targetPort}}", published["HTTP_PORTS"]!.GetValue<string>());
            Assert.Equal("true", published["ASPNETCORE_FORWARDEDHEADERS_ENABLED"]!.GetValue<string>());
            Assert.Equal("in_memory", published["OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY"]!.GetValue<string>());
        }

        var web = Resources(manifest)["web"]!["env"]!;
        Assert.Equal("{chatapi.bindings.http.url}", web["services__chatapi__http__0"]!.GetValue<string>());
        Assert.Equal("{chatapi.bindings.http.url}", web["CHATAPI_HTTP"]!.GetValue<string>());
        Assert.Equal("{cache.connectionString}", Resources(manifest)["chatapi"]!["env"]!["ConnectionStrings__cache"]!.GetValue<string>());
        Assert.Equal("{jwt-signing-key.value}", Resources(manifest)["chatapi"]!["env"]!["Jwt__SigningKey"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_web_is_reachable_from_outside()
    {
        var (_, manifest, _) = await PublishAsync(CommandLine.RepositoryRoot, Path.Combine(_output, "x.json"));

        var external = Resources(manifest)
            .Where(r => r.Value!["bindings"] is JsonObject bindings && bindings.Any(b => b.Value!["external"]?.GetValue<bool>() == true))
            .Select(r => r.Key);

        Assert.Equal(["web"], external);
    }

    [Fact]
    public async Task An_unknown_publisher_fails_with_a_clear_error_and_exit_code_1()
    {
        var result = await CommandLine.RunAsync(CommandLine.Dotnet,
            [new Projects.MemoryAspire_AppHost().EntryAssemblyPath, "--publisher", "docker-compose", "--output-path", Path.Combine(_output, "d.json")],
            CommandLine.RepositoryRoot);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: Unknown publisher 'docker-compose': the only publisher is 'manifest'", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_output, "d.json")));
    }

    [Fact]
    public async Task Azd_recognizes_the_apphost_by_IsAspireHost()
    {
        var result = await CommandLine.RunAsync(CommandLine.Dotnet,
            ["msbuild", "MemoryAspire.AppHost", "-getProperty:IsAspireHost", "-nologo"], CommandLine.RepositoryRoot);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("true", result.StandardOutput.Trim());
    }

    [Fact]
    public async Task Every_bicep_module_compiles_and_lints_without_errors_or_warnings()
    {
        var bicep = BicepCli();
        var modules = Directory.GetFiles(Path.Combine(CommandLine.AppHostDirectory, "infra"), "*.bicep");
        Assert.NotEmpty(modules);

        foreach (var module in modules)
        {
            var build = await CommandLine.RunAsync(bicep, ["build", "--stdout", module], CommandLine.RepositoryRoot);
            Assert.True(build.ExitCode == 0 && build.StandardError.Trim().Length == 0, $"{module}: {build.StandardError}");
            Assert.Contains("\"$schema\"", build.StandardOutput, StringComparison.Ordinal);

            var lint = await CommandLine.RunAsync(bicep, ["lint", module], CommandLine.RepositoryRoot);
            Assert.True(lint.ExitCode == 0 && lint.Output.Trim().Length == 0, $"{module}: {lint.Output}");
        }
    }

    [Fact]
    public async Task Each_service_starts_with_only_its_published_variables_and_answers_health_in_production()
    {
        var (_, manifest, _) = await PublishAsync(CommandLine.RepositoryRoot, Path.Combine(_output, "run.json"));
        // The AppHost's own Redis and PostgreSQL stand in for the managed services; its projects are started by hand below.
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.MemoryAspire_AppHost>([], null);
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.Resources.Remove(project);
        }

        await using var app = await builder.BuildAsync();
        using (var timeout = new CancellationTokenSource(TestApp.StartTimeout))
        {
            await app.StartAsync(timeout.Token);
        }

        IProjectMetadata[] services = [new Projects.MemoryAspire_MemoryWorker(), new Projects.MemoryAspire_ChatApi(), new Projects.MemoryAspire_Web()];
        var names = new[] { "memoryworker", "chatapi", "web" };
        var ports = names.ToDictionary(n => n, _ => Ports.GetFree());
        var values = new Dictionary<string, string>
        {
            ["cache.connectionString"] = (await app.GetConnectionStringAsync("cache"))!,
            ["memorydb.connectionString"] = (await app.GetConnectionStringAsync("memorydb"))!,
            ["openai.value"] = "Endpoint=http://127.0.0.1:9/;Key=test-key;Model=test-model",
            ["jwt-signing-key.value"] = "PublishedModeTestSigningKey0123456789abcdefghijklmn",
        };
        foreach (var (name, port) in ports)
        {
            values[$"{name}.bindings.http.targetPort"] = port.ToString(CultureInfo.InvariantCulture);
            values[$"{name}.bindings.http.url"] = $"http://localhost:{port}";
        }

        var running = new List<(string Name, Process Process, StringBuilder Output)>();
        try
        {
            foreach (var (name, metadata) in names.Zip(services))
            {
                var env = Resources(manifest)[name]!["env"]!.AsObject().ToDictionary(p => p.Key, p => Evaluate(p.Value!.GetValue<string>(), values));
                var (process, output) = StartWithOnly(metadata.EntryAssemblyPath, env);
                running.Add((name, process, output));
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            foreach (var (name, process, output) in running)
            {
                var health = await WaitHealthyAsync(http, new Uri($"http://localhost:{ports[name]}/health"), process, TimeSpan.FromSeconds(90));
                Assert.True(health == "Healthy", $"{name} answered /health with '{health}'. Output:\n{output}");
                Assert.Equal("Healthy", await http.GetStringAsync(new Uri($"http://localhost:{ports[name]}/alive")));
            }

            // Web reaches ChatApi through the published service-discovery variables, and ChatApi runs as Production.
            var backend = await http.GetStringAsync(new Uri($"http://localhost:{ports["web"]}/backend-info"));
            Assert.Contains("\"environment\":\"Production\"", backend, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var (_, process, _) in running)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                process.Dispose();
            }
        }
    }

    /// <summary>What azd does with an expression, with this machine's values; an expression with no value fails the test by name.</summary>
    private static string Evaluate(string text, Dictionary<string, string> values) =>
        ExpressionReference().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new KeyNotFoundException($"No local value for {m.Value}."));

    /// <summary>The service's built assembly with nothing in its environment but the published variables (and PATH/HOME for dotnet).</summary>
    private static (Process, StringBuilder) StartWithOnly(string entryAssembly, Dictionary<string, string> env)
    {
        var start = new ProcessStartInfo(CommandLine.Dotnet)
        {
            ArgumentList = { entryAssembly },
            WorkingDirectory = Path.GetDirectoryName(entryAssembly)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Clear();
        foreach (var inherited in new[] { "PATH", "HOME", "DOTNET_ROOT" })
        {
            if (Environment.GetEnvironmentVariable(inherited) is { } value)
            {
                start.Environment[inherited] = value;
            }
        }

        foreach (var (key, value) in env)
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output);
    }

    private static async Task<string> WaitHealthyAsync(HttpClient http, Uri health, Process process, TimeSpan timeout)
    {
        var last = "no answer";
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(health);
                last = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode && last == "Healthy")
                {
                    return last;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        return process.HasExited ? $"exited with {process.ExitCode}" : last;
    }

    private static void AssertAcceptedByAzd(JsonObject manifest, string manifestDirectory)
    {
        var resources = Resources(manifest);
        foreach (var (name, node) in resources)
        {
            var type = node!["type"]!.GetValue<string>();
            Assert.Contains(type, AzdResourceTypes);
            if (type.StartsWith("project.", StringComparison.Ordinal))
            {
                var project = Path.GetFullPath(node["path"]!.GetValue<string>(), manifestDirectory);
                Assert.True(File.Exists(project), $"{name}: {project} does not exist relative to the manifest.");
            }

            if (type == "azure.bicep.v0")
            {
                AssertModuleMatches(name, node.AsObject(), manifestDirectory);
            }
        }

        foreach (var expression in ManifestExpression.FindAll(resources))
        {
            Assert.True(Resolves(resources, expression, manifestDirectory), $"{expression} names nothing in the manifest.");
        }
    }

    /// <summary>What azd can evaluate: a connection string, a parameter's value or input, a binding's field, or a module's (secret) output.</summary>
    private static bool Resolves(JsonObject resources, ManifestExpression expression, string manifestDirectory)
    {
        if (resources[expression.Resource] is not JsonObject resource)
        {
            return false;
        }

        return expression.Path switch
        {
            ["connectionString"] => resource["connectionString"] is not null,
            ["value"] => resource["value"] is not null,
            ["inputs", var input] => resource["inputs"]?[input] is not null,
            ["bindings", var binding, var field] => resource["bindings"]?[binding] is not null && BindingFields.Contains(field),
            ["outputs", var output] => resource["type"]!.GetValue<string>() == "azure.bicep.v0"
                && BicepOutputs(Module(resource, manifestDirectory)).Contains(output),
            ["secretOutputs", var secret] => resource["type"]!.GetValue<string>() == "azure.bicep.v0"
                && KeyVaultSecrets(Module(resource, manifestDirectory)).Contains(secret),
            _ => false,
        };
    }

    /// <summary>Every parameter the manifest passes is declared, and every declared one without a default is passed (azd adds location).</summary>
    private static void AssertModuleMatches(string name, JsonObject resource, string manifestDirectory)
    {
        var module = Module(resource, manifestDirectory);
        var passed = resource["params"]!.AsObject().Select(p => p.Key).ToHashSet();
        var declared = BicepParameter().Matches(module).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Success);

        Assert.All(passed, p => Assert.True(declared.ContainsKey(p), $"{name} passes '{p}', which its module does not declare."));
        Assert.All(declared.Where(d => !d.Value && d.Key != "location"),
            d => Assert.True(passed.Contains(d.Key), $"{name}'s module needs '{d.Key}', which the manifest does not pass."));
    }

    private static string Module(JsonObject resource, string manifestDirectory)
    {
        var path = Path.GetFullPath(resource["path"]!.GetValue<string>(), manifestDirectory);
        Assert.True(File.Exists(path), $"{path} does not exist relative to the manifest.");
        return File.ReadAllText(path);
    }

    private static IEnumerable<string> BicepOutputs(string module) => BicepOutput().Matches(module).Select(m => m.Groups[1].Value);

    /// <summary>Secrets the module writes to the Key Vault whose name azd passes in as <c>keyVaultName</c>.</summary>
    private static IEnumerable<string> KeyVaultSecrets(string module) => KeyVaultSecret().Matches(module).Select(m => m.Groups[1].Value);

    private static async Task<(CommandResult Result, JsonObject Manifest, string Path)> PublishAsync(
        string workingDirectory, string outputPath, IDictionary<string, string>? environment = null)
    {
        var result = await CommandLine.RunAsync(CommandLine.Dotnet,
            [new Projects.MemoryAspire_AppHost().EntryAssemblyPath, "--publisher", "manifest", "--output-path", outputPath],
            workingDirectory, environment);
        Assert.True(result.ExitCode == 0, result.Output);
        return (result, JsonNode.Parse(await File.ReadAllTextAsync(outputPath))!.AsObject(), outputPath);
    }

    /// <summary>Each project's run-mode environment, computed from the real topology with every endpoint and secret filled in.</summary>
    private static async Task<Dictionary<string, SortedDictionary<string, string>>> RunModeEnvironmentsAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.MemoryAspire_AppHost>([],
            o => o.Configuration["ConnectionStrings:openai"] = "Endpoint=https://models.invalid/;Key=k;Model=m");
        await using var app = await builder.BuildAsync();
        var port = 40000;
        foreach (var resource in app.Model.Resources)
        {
            foreach (var endpoint in resource.Endpoints())
            {
                endpoint.Allocated = new(endpoint.UriScheme, "localhost", port++);
            }

            if (resource is ParameterResource parameter)
            {
                parameter.Value ??= "generated";
            }
        }

        var options = new AppHostOptions { OtlpEndpointUrl = "http://localhost:18889", OtlpApiKey = "key" };
        var environments = new Dictionary<string, SortedDictionary<string, string>>();
        foreach (var project in app.Model.Resources.OfType<ProjectResource>())
        {
            environments[project.Name] = await EnvironmentContract.ForProjectAsync(project, "Development", options, "instance");
        }

        return environments;
    }

    private static string BicepCli()
    {
        var path = typeof(ManifestTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value!;
        Assert.True(File.Exists(path), $"The Bicep CLI is restored with this test project; it is missing at {path}.");
        // NuGet does not always keep the executable bit of a package's tool.
        File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        return path;
    }

    private static JsonObject Resources(JsonObject manifest) => manifest["resources"]!.AsObject();

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex ExpressionReference();

    [GeneratedRegex(@"^param\s+(\w+)\s+\w+(\s*=)?", RegexOptions.Multiline)]
    private static partial Regex BicepParameter();

    [GeneratedRegex(@"^output\s+(\w+)\s", RegexOptions.Multiline)]
    private static partial Regex BicepOutput();

    [GeneratedRegex(@"'Microsoft\.KeyVault/vaults/secrets@[^']+'\s*=\s*\{\s*parent:\s*keyVault\s*name:\s*'([^']+)'")]
    private static partial Regex KeyVaultSecret();
}
