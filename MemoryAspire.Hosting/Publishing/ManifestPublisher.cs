using System.Text.Json;
using System.Text.Json.Nodes;
using MemoryAspire.Hosting.ApplicationModel;
using MemoryAspire.Hosting.Orchestration;
using Microsoft.Extensions.Logging;

namespace MemoryAspire.Hosting.Publishing;

/// <summary>
/// Writes the app model as Aspire's publish-mode manifest, the contract azd deploys from: only the resource types azd accepts,
/// every run-time value as an expression, and never a secret's value.
/// </summary>
internal sealed class ManifestPublisher(DistributedApplicationModel model, DataServicesMode dataServices, ILogger logger)
{
    public const string Schema = "https://json.schemastore.org/aspire-8.0.json";

    /// <summary>The images of the container fallback; the versions match the managed services' major versions.</summary>
    public const string RedisImage = "redis:7.4";
    public const string PostgresImage = "postgres:16";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public async Task WriteAsync(string manifestPath, CancellationToken cancellationToken = default)
    {
        var directory = Path.GetDirectoryName(manifestPath)!;
        Directory.CreateDirectory(directory);
        var json = Build(directory).ToJsonString(Indented);
        await File.WriteAllTextAsync(manifestPath, json + "\n", cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Wrote the manifest to {ManifestPath}", manifestPath);
    }

    public JsonObject Build(string manifestDirectory)
    {
        var written = model.Resources.Where(r => r is not ParameterResource)
            .Select(r => (r.Name, Node: Resource(r, manifestDirectory)))
            .Where(w => w.Node is not null)
            .ToDictionary(w => w.Name, w => w.Node!);
        // A parameter nothing refers to (a container password while the server is a managed service) would only make azd ask for it.
        var referenced = written.Values.SelectMany(ManifestExpression.FindAll).Select(e => e.Resource).ToHashSet(StringComparer.Ordinal);
        foreach (var parameter in model.Resources.OfType<ParameterResource>().Where(p => referenced.Contains(p.Name)))
        {
            written[parameter.Name] = Parameter(parameter);
        }

        var resources = new JsonObject();
        foreach (var resource in model.Resources.Where(r => written.ContainsKey(r.Name)))
        {
            resources[resource.Name] = written[resource.Name];
        }

        return new JsonObject { ["$schema"] = Schema, ["resources"] = resources };
    }

    private JsonObject? Resource(IResource resource, string manifestDirectory) => resource switch
    {
        ProjectResource project => Project(project, manifestDirectory),
        PostgresDatabaseResource database => new JsonObject
        {
            ["type"] = "value.v0",
            ["connectionString"] = database.ConnectionStringExpression.ValueExpression,
        },
        IResourceWithConnectionString server when AzureModule(server) is { } module => Bicep(server, module, manifestDirectory),
        RedisResource redis => Redis(redis),
        PostgresServerResource postgres => Postgres(postgres),
        _ => throw new DistributedApplicationException($"The manifest cannot describe resource '{resource.Name}' ({resource.GetType().Name})."),
    };

    private AzureBicepModuleAnnotation? AzureModule(IResource server) =>
        dataServices == DataServicesMode.Azure ? server.Annotations.OfType<AzureBicepModuleAnnotation>().FirstOrDefault() : null;

    private static JsonObject Project(ProjectResource project, string manifestDirectory)
    {
        var bindings = new JsonObject();
        foreach (var endpoint in project.Endpoints().Where(e => e.Transport == "http"))
        {
            var binding = new JsonObject { ["scheme"] = endpoint.UriScheme, ["protocol"] = "tcp", ["transport"] = endpoint.Transport };
            if (endpoint.IsExternal)
            {
                binding["external"] = true;
            }

            bindings[endpoint.Name] = binding;
        }

        return new JsonObject
        {
            ["type"] = "project.v0",
            ["path"] = RelativePath(manifestDirectory, project.Metadata.ProjectPath),
            ["env"] = Object(EnvironmentContract.ForProjectManifest(project)),
            ["bindings"] = bindings,
        };
    }

    private static JsonObject Bicep(IResource server, AzureBicepModuleAnnotation module, string manifestDirectory)
    {
        if (!File.Exists(module.Path))
        {
            throw new DistributedApplicationException($"The Bicep module of '{server.Name}' does not exist: {module.Path}.");
        }

        return new JsonObject
        {
            ["type"] = "azure.bicep.v0",
            ["connectionString"] = $"{{{server.Name}.secretOutputs.{AzureBicepModuleAnnotation.ConnectionStringOutput}}}",
            ["path"] = RelativePath(manifestDirectory, module.Path),
            ["params"] = Object(module.Parameters().Select(p => KeyValuePair.Create(p.Key, p.Value switch
            {
                string text => text,
                IManifestExpressionProvider expression => expression.ValueExpression,
                var other => throw new DistributedApplicationException($"Bicep parameter '{p.Key}' of '{server.Name}' has no manifest form ({other.GetType().Name})."),
            }))),
        };
    }

    private JsonObject Redis(RedisResource redis) =>
        Container(redis, RedisImage, new SortedDictionary<string, string>(StringComparer.Ordinal) { ["REDIS_PASSWORD"] = redis.PasswordParameter.ValueExpression },
            redis.HasDataVolume() ? "/data" : null,
            // The password comes from the environment, so that it does not show in the container's command line.
            command: "redis-server --requirepass $REDIS_PASSWORD" + (redis.HasDataVolume() ? " --save 60 1" : ""));

    private JsonObject Postgres(PostgresServerResource postgres)
    {
        var env = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["POSTGRES_HOST_AUTH_METHOD"] = "scram-sha-256",
            ["POSTGRES_INITDB_ARGS"] = "--auth-host=scram-sha-256 --auth-local=scram-sha-256",
            ["POSTGRES_USER"] = PostgresServerResource.UserName,
            ["POSTGRES_PASSWORD"] = postgres.PasswordParameter.ValueExpression,
        };
        // The image creates one database on first start; with several, the app must create the others.
        if (postgres.Databases is [var only])
        {
            env["POSTGRES_DB"] = only.DatabaseName;
        }

        return Container(postgres, PostgresImage, env, postgres.HasDataVolume() ? "/var/lib/postgresql/data" : null);
    }

    private JsonObject Container(IResourceWithConnectionString server, string image, SortedDictionary<string, string> env, string? volumeTarget, string? command = null)
    {
        var reason = dataServices == DataServicesMode.Containers
            ? $"{AppHostOptions.SectionName}:DataServices={dataServices}"
            : "it declares no managed Azure service";
        logger.LogWarning(
            "{Resource} is published as a container ({Reason}): its data is not durable and is lost when the container app restarts or moves. Use it only for throwaway environments.",
            server.Name, reason);
        var bindings = new JsonObject();
        foreach (var endpoint in server.Endpoints())
        {
            bindings[endpoint.Name] = new JsonObject
            {
                ["scheme"] = endpoint.UriScheme,
                ["protocol"] = "tcp",
                ["transport"] = endpoint.Transport,
                ["targetPort"] = endpoint.TargetPort,
            };
        }

        var node = new JsonObject
        {
            ["type"] = "container.v0",
            ["connectionString"] = server.ConnectionStringExpression.ValueExpression,
            ["image"] = image,
        };
        if (command is not null)
        {
            node["entrypoint"] = "/bin/sh";
            node["args"] = new JsonArray("-c", command);
        }
        else if (server.Annotations.OfType<CommandLineArgsAnnotation>().SelectMany(a => a.Args).ToList() is { Count: > 0 } args)
        {
            // The image's entrypoint hands arguments that start with '-' to the server.
            node["args"] = new JsonArray([.. args.Select(a => (JsonNode)JsonValue.Create(a)!)]);
        }

        if (volumeTarget is not null)
        {
            node["volumes"] = new JsonArray(new JsonObject { ["name"] = $"memoryaspire-{server.Name}-data", ["target"] = volumeTarget, ["readOnly"] = false });
        }

        node["env"] = Object(env);
        node["bindings"] = bindings;
        return node;
    }

    private static JsonObject Parameter(ParameterResource parameter)
    {
        var input = new JsonObject { ["type"] = "string" };
        if (parameter.Secret)
        {
            input["secret"] = true;
            // A connection string names the user's own service; any other secret the app only needs to be unguessable.
            if (parameter is not ConnectionStringParameterResource)
            {
                input["default"] = new JsonObject { ["generate"] = Generate(parameter.GeneratedLength) };
            }
        }
        else if (parameter.Value is { } value)
        {
            input["default"] = new JsonObject { ["value"] = value };
        }

        var node = new JsonObject { ["type"] = "parameter.v0" };
        if (parameter is ConnectionStringParameterResource)
        {
            node["connectionString"] = parameter.ValueExpression;
        }

        node["value"] = $"{{{parameter.Name}.inputs.value}}";
        node["inputs"] = new JsonObject { ["value"] = input };
        return node;
    }

    /// <summary>
    /// Letters and digits only, as in run mode, so the value fits any connection string unquoted; at least one of each kind
    /// meets Azure PostgreSQL's rule of three character classes.
    /// </summary>
    internal static JsonObject Generate(int minLength) => new()
    {
        ["minLength"] = minLength,
        ["special"] = false,
        ["minLower"] = 1,
        ["minUpper"] = 1,
        ["minNumeric"] = 1,
    };

    private static JsonObject Object(IEnumerable<KeyValuePair<string, string>> values)
    {
        var node = new JsonObject();
        foreach (var (key, value) in values)
        {
            node[key] = value;
        }

        return node;
    }

    private static string RelativePath(string manifestDirectory, string path) =>
        Path.GetRelativePath(manifestDirectory, path).Replace('\\', '/');
}
