using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MemoryAspire.Testing;

namespace MemoryAspire.AppHost.Tests;

/// <summary>The real AppHost run in publish mode as azd runs it, and the manifest checked against what azd accepts.</summary>
public sealed partial class ManifestTests : IDisposable
{
    private static readonly string[] AzdResourceTypes =
        ["project.v0", "project.v1", "container.v0", "container.v1", "dockerfile.v0", "parameter.v0", "value.v0", "azure.bicep.v0"];

    private static readonly string[] BindingFields = ["host", "port", "targetPort", "url", "scheme"];

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
    public async Task Publishing_as_azd_does_writes_a_manifest_azd_accepts_and_starts_nothing()
    {
        var (result, manifest, path) = await PublishAsync(Path.Combine(_output, "root", "manifest.json"));

        Assert.DoesNotContain("Distributed application started", result.Output, StringComparison.Ordinal);
        AssertAcceptedByAzd(manifest, Path.GetDirectoryName(path)!);
        Assert.Equal(
            ["cache", "postgres-password", "postgres", "memorydb", "jwt-signing-key", "memoryworker", "chatapi", "openai", "web"],
            Resources(manifest).Select(r => r.Key));
    }

    [Fact]
    public async Task Managed_azure_services_are_the_default_and_their_connection_strings_come_from_the_modules_secret_outputs()
    {
        var (_, manifest, _) = await PublishAsync(Path.Combine(_output, "m.json"));
        var resources = Resources(manifest);

        Assert.Equal("azure.bicep.v0", resources["postgres"]!["type"]!.GetValue<string>());
        Assert.Equal("{postgres.secretOutputs.connectionString}", resources["postgres"]!["connectionString"]!.GetValue<string>());
        Assert.Equal("{postgres-password.value}", resources["postgres"]!["params"]!["administratorLoginPassword"]!.GetValue<string>());
        Assert.Equal("memorydb", resources["postgres"]!["params"]!["databaseNames"]!.GetValue<string>());
        Assert.Equal("", resources["postgres"]!["params"]!["keyVaultName"]!.GetValue<string>());
        Assert.Equal("azure.bicep.v0", resources["cache"]!["type"]!.GetValue<string>());
        Assert.Equal("{cache.secretOutputs.connectionString}", resources["cache"]!["connectionString"]!.GetValue<string>());
        Assert.Equal("value.v0", resources["memorydb"]!["type"]!.GetValue<string>());
        Assert.Equal("{postgres.connectionString};Database=memorydb", resources["memorydb"]!["connectionString"]!.GetValue<string>());
        Assert.False(resources.ContainsKey("cache-password"), "Managed Redis uses its access key: no password parameter to ask for.");
    }

    [Fact]
    public async Task Secrets_are_parameters_generated_or_asked_for_and_no_configured_secret_value_reaches_the_file()
    {
        var (_, manifest, path) = await PublishAsync(Path.Combine(_output, "s.json"), new Dictionary<string, string>
        {
            ["ConnectionStrings__openai"] = $"Endpoint=https://models.invalid/;Key={KnownOpenAiKey};Model=gpt-4o-mini",
            ["Parameters__jwt-signing-key"] = KnownJwtKey,
            ["Parameters__cache-password"] = KnownCachePassword,
            ["ConnectionStrings__cache"] = $"localhost:6379,password={KnownCachePassword}",
            ["AppHost__DataServices"] = "Containers",
        });
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
    public async Task The_containers_option_publishes_aspires_redis_and_postgres_containers_and_warns_that_data_is_not_durable()
    {
        var (result, manifest, path) = await PublishAsync(Path.Combine(_output, "c.json"), new Dictionary<string, string> { ["AppHost__DataServices"] = "Containers" });
        var resources = Resources(manifest);

        AssertAcceptedByAzd(manifest, Path.GetDirectoryName(path)!);
        Assert.Contains("cache is published as a container (AppHost:DataServices=Containers): its data is not durable", result.Output, StringComparison.Ordinal);
        Assert.Contains("postgres is published as a container (AppHost:DataServices=Containers): its data is not durable", result.Output, StringComparison.Ordinal);
        var postgres = resources["postgres"]!;
        Assert.Equal("container.v0", postgres["type"]!.GetValue<string>());
        Assert.Equal("Host={postgres.bindings.tcp.host};Port={postgres.bindings.tcp.port};Username=postgres;Password={postgres-password.value}",
            postgres["connectionString"]!.GetValue<string>());
        Assert.Equal(5432, postgres["bindings"]!["tcp"]!["targetPort"]!.GetValue<int>());
        Assert.Equal(["-c", "min_wal_size=1GB", "-c", "wal_compression=on", "-c", "backend_flush_after=256kB"], postgres["args"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.NotEmpty(postgres["volumes"]!.AsArray());
        var cache = resources["cache"]!;
        Assert.Equal("container.v0", cache["type"]!.GetValue<string>());
        Assert.StartsWith("{cache.bindings.tcp.host}:{cache.bindings.tcp.port},password={cache-password.value}", cache["connectionString"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(6379, cache["bindings"]!["tcp"]!["targetPort"]!.GetValue<int>());
    }

    [Fact]
    public async Task Each_project_gets_its_connection_strings_and_service_discovery_as_expressions_and_only_web_is_reachable_from_outside()
    {
        var (_, manifest, _) = await PublishAsync(Path.Combine(_output, "e.json"));
        var resources = Resources(manifest);

        foreach (var name in new[] { "memoryworker", "chatapi", "web" })
        {
            var env = resources[name]!["env"]!.AsObject();
            Assert.Equal($"{{{name}.bindings.http.targetPort}}", env["HTTP_PORTS"]!.GetValue<string>());
            Assert.DoesNotContain(env, e => e.Key.StartsWith("CACHE_", StringComparison.Ordinal) || e.Key.StartsWith("MEMORYDB_", StringComparison.Ordinal));
        }

        Assert.Equal("{cache.connectionString}", resources["chatapi"]!["env"]!["ConnectionStrings__cache"]!.GetValue<string>());
        Assert.Equal("{memorydb.connectionString}", resources["memoryworker"]!["env"]!["ConnectionStrings__memorydb"]!.GetValue<string>());
        Assert.Equal("{jwt-signing-key.value}", resources["chatapi"]!["env"]!["Jwt__SigningKey"]!.GetValue<string>());
        Assert.Equal("{chatapi.bindings.http.url}", resources["web"]!["env"]!["services__chatapi__http__0"]!.GetValue<string>());
        Assert.Null(resources["web"]!["env"]!["ConnectionStrings__memorydb"]);

        var external = resources
            .Where(r => r.Value!["bindings"] is JsonObject bindings && bindings.Any(b => b.Value!["external"]?.GetValue<bool>() == true))
            .Select(r => r.Key);
        Assert.Equal(["web"], external);
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
        var (_, manifest, _) = await PublishAsync(Path.Combine(_output, "run.json"));
        // The AppHost's own Redis and PostgreSQL stand in for the managed services; the projects are started by hand below.
        await using var servers = await StackApp.StartAsync(new StackOptions { DataServersOnly = true });

        var names = new[] { "memoryworker", "chatapi", "web" };
        var ports = names.ToDictionary(n => n, _ => FreePort());
        var values = new Dictionary<string, string>
        {
            ["cache.connectionString"] = await servers.ConnectionStringAsync("cache"),
            ["memorydb.connectionString"] = await servers.ConnectionStringAsync("memorydb"),
            ["openai.connectionString"] = "Endpoint=http://127.0.0.1:9/;Key=test-key;Model=test-model",
            ["jwt-signing-key.value"] = "PublishedModeTestSigningKey0123456789abcdefghijklmn",
        };
        foreach (var (name, port) in ports)
        {
            values[$"{name}.bindings.http.targetPort"] = port.ToString(CultureInfo.InvariantCulture);
            values[$"{name}.bindings.http.url"] = $"http://localhost:{port}";
            // Container Apps' ingress ends TLS in front of the http port; here nothing does, so https names the same http address.
            values[$"{name}.bindings.https.url"] = $"http://localhost:{port}";
        }

        var running = new List<(string Name, Process Process, StringBuilder Output)>();
        try
        {
            foreach (var name in names)
            {
                var env = Resources(manifest)[name]!["env"]!.AsObject().ToDictionary(p => p.Key, p => Evaluate(p.Value!.GetValue<string>(), values));
                var (process, output) = StartWithOnly(Path.Combine(CommandLine.RepositoryRoot, $"MemoryAspire.{Pascal(name)}", "bin", "Debug", "net10.0", $"MemoryAspire.{Pascal(name)}.dll"), env);
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

    private static string Pascal(string name) => name switch { "memoryworker" => "MemoryWorker", "chatapi" => "ChatApi", _ => "Web" };

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
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
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
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

        foreach (var (resource, path) in Expressions(resources))
        {
            Assert.True(Resolves(resources, resource, path, manifestDirectory), $"{{{resource}.{string.Join('.', path)}}} names nothing in the manifest.");
        }
    }

    /// <summary>Every <c>{resource.path}</c> reference in every string of the manifest.</summary>
    private static IEnumerable<(string Resource, string[] Path)> Expressions(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Expressions(p.Value)),
        JsonArray a => a.SelectMany(v => v is null ? [] : Expressions(v)),
        JsonValue v when v.TryGetValue<string>(out var text) => ExpressionReference().Matches(text).Select(m => m.Groups[1].Value.Split('.')).Select(p => (p[0], p[1..])),
        _ => [],
    };

    /// <summary>What azd can evaluate: a connection string, a parameter's value or input, a binding's field, or a module's (secret) output.</summary>
    private static bool Resolves(JsonObject resources, string name, string[] path, string manifestDirectory)
    {
        if (resources[name] is not JsonObject resource)
        {
            return false;
        }

        return path switch
        {
            ["connectionString"] => resource["connectionString"] is not null,
            ["value"] => resource["value"] is not null,
            ["inputs", var input] => resource["inputs"]?[input] is not null,
            ["bindings", var binding, var field] => resource["bindings"]?[binding] is not null && BindingFields.Contains(field),
            ["outputs", var output] => resource["type"]!.GetValue<string>() == "azure.bicep.v0" && BicepOutput().Matches(Module(resource, manifestDirectory)).Any(m => m.Groups[1].Value == output),
            ["secretOutputs", var secret] => resource["type"]!.GetValue<string>() == "azure.bicep.v0" && KeyVaultSecret().Matches(Module(resource, manifestDirectory)).Any(m => m.Groups[1].Value == secret),
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

    /// <summary>The AppHost as azd runs it: <c>dotnet run --project ... -- --publisher manifest --output-path ...</c>.</summary>
    private static async Task<(CommandResult Result, JsonObject Manifest, string Path)> PublishAsync(string outputPath, IDictionary<string, string>? environment = null)
    {
        var result = await CommandLine.RunAsync(CommandLine.Dotnet,
            ["run", "--no-build", "--project", "MemoryAspire.AppHost", "--", "--publisher", "manifest", "--output-path", outputPath],
            CommandLine.RepositoryRoot, environment);
        Assert.True(result.ExitCode == 0, result.Output);
        return (result, JsonNode.Parse(await File.ReadAllTextAsync(outputPath))!.AsObject(), outputPath);
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
