using System.Text.Json;
using MemoryAspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace MemoryAspire.Hosting;

/// <summary>The app-model verbs of Aspire's AppHost API, with their names and meanings.</summary>
public static class ResourceBuilderExtensions
{
    /// <summary>A Redis server: an existing one when <c>ConnectionStrings:&lt;name&gt;</c> is configured, otherwise a local redis-server.</summary>
    public static IResourceBuilder<RedisResource> AddRedis(this IDistributedApplicationBuilder builder, string name, int? port = null)
    {
        var password = builder.AddGeneratedSecret($"{name}-password");
        return builder.AddResource(new RedisResource(name, password.Resource))
            .WithAnnotation(new EndpointAnnotation(RedisResource.PrimaryEndpointName, "tcp", port, targetPort: 6379))
            .WithExistingConnectionString(builder);
    }

    /// <summary>A PostgreSQL server: an existing one when <c>ConnectionStrings:&lt;name&gt;</c> is configured, otherwise a local postgres.</summary>
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this IDistributedApplicationBuilder builder, string name, int? port = null)
    {
        var password = builder.AddGeneratedSecret($"{name}-password");
        return builder.AddResource(new PostgresServerResource(name, password.Resource))
            .WithAnnotation(new EndpointAnnotation(PostgresServerResource.PrimaryEndpointName, "tcp", port, targetPort: 5432))
            .WithExistingConnectionString(builder);
    }

    /// <summary>A database on the server, created when the server first starts.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> server, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, server.Resource);
        server.Resource.Databases.Add(database);
        return server.ApplicationBuilder.AddResource(database).WithExistingConnectionString(server.ApplicationBuilder);
    }

    /// <summary>Keeps the server's data in the AppHost's state directory so that it survives restarts (Aspire's data volume).</summary>
    public static IResourceBuilder<T> WithDataVolume<T>(this IResourceBuilder<T> builder) where T : IResourceWithConnectionString =>
        builder.WithAnnotation(new DataVolumeAnnotation());

    /// <summary>Appends <paramref name="args"/> to the command line the resource's server is started with, after its own.</summary>
    public static IResourceBuilder<T> WithArgs<T>(this IResourceBuilder<T> builder, params string[] args) where T : IResourceWithArgs =>
        builder.WithAnnotation(new CommandLineArgsAnnotation(args));

    /// <summary>A .NET project built with the AppHost; its http endpoint uses the port of its launch profile unless ports are randomized.</summary>
    public static IResourceBuilder<ProjectResource> AddProject<TProject>(this IDistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new()
    {
        var project = new ProjectResource(name, new TProject());
        return builder.AddResource(project)
            .WithAnnotation(new EndpointAnnotation("http", "http", LaunchProfilePort(project.ProjectDirectory)));
    }

    public static IResourceBuilder<ProjectResource> WithHttpEndpoint(this IResourceBuilder<ProjectResource> builder, int? port = null, string name = "http")
    {
        var existing = builder.Resource.Annotations.OfType<EndpointAnnotation>().FirstOrDefault(e => e.Name == name);
        if (existing is not null)
        {
            existing.Port = port;
            return builder;
        }

        return builder.WithAnnotation(new EndpointAnnotation(name, "http", port));
    }

    /// <summary>Marks every http endpoint as reachable from outside the app (public ingress when deployed).</summary>
    public static IResourceBuilder<T> WithExternalHttpEndpoints<T>(this IResourceBuilder<T> builder) where T : IResourceWithEndpoints
    {
        foreach (var endpoint in builder.Resource.Annotations.OfType<EndpointAnnotation>().Where(e => e.Transport == "http"))
        {
            endpoint.IsExternal = true;
        }

        return builder;
    }

    /// <summary>Hands the resource's connection string to the project as <c>ConnectionStrings__&lt;name&gt;</c>.</summary>
    public static IResourceBuilder<TDestination> WithReference<TDestination>(this IResourceBuilder<TDestination> builder, IResourceBuilder<IResourceWithConnectionString> source)
        where TDestination : IResourceWithEnvironment =>
        builder.WithAnnotation(new ReferenceAnnotation(source.Resource));

    /// <summary>Hands the project's endpoints to the destination for service discovery (<c>services__&lt;name&gt;__http__0</c>).</summary>
    public static IResourceBuilder<TDestination> WithReference<TDestination>(this IResourceBuilder<TDestination> builder, IResourceBuilder<ProjectResource> source)
        where TDestination : IResourceWithEnvironment =>
        builder.WithAnnotation(new ReferenceAnnotation(source.Resource));

    /// <summary>Starts the resource only once <paramref name="dependency"/> is healthy.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency) where T : IResource =>
        builder.WithAnnotation(new WaitAnnotation(dependency.Resource));

    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, string value) where T : IResourceWithEnvironment =>
        builder.WithAnnotation(new EnvironmentAnnotation(name, value));

    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, IValueProvider value) where T : IResourceWithEnvironment =>
        builder.WithAnnotation(new EnvironmentAnnotation(name, value));

    /// <summary>A parameter read from <c>Parameters:&lt;name&gt;</c>; a secret one without a configured value is generated once and kept.</summary>
    public static IResourceBuilder<ParameterResource> AddParameter(this IDistributedApplicationBuilder builder, string name, bool secret = false)
    {
        var parameter = new ParameterResource(name, secret) { Value = builder.Configuration[$"Parameters:{name}"] };
        return builder.AddResource(parameter);
    }

    /// <summary>A secret parameter generated once (letters and digits, at least <see cref="GenerateParameterDefault.MinLength"/> long) unless configured; kept in the state directory.</summary>
    public static IResourceBuilder<ParameterResource> AddParameter(this IDistributedApplicationBuilder builder, string name, GenerateParameterDefault value, bool secret = true)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parameter = new ParameterResource(name, secret) { Value = builder.Configuration[$"Parameters:{name}"], GeneratedLength = value.MinLength };
        return builder.AddResource(parameter);
    }

    /// <summary>A connection string read from the AppHost's <c>ConnectionStrings:&lt;name&gt;</c> and handed to referencing projects as a secret.</summary>
    public static IResourceBuilder<ConnectionStringParameterResource> AddConnectionString(this IDistributedApplicationBuilder builder, string name)
    {
        var parameter = new ConnectionStringParameterResource(name) { Value = builder.Configuration.GetConnectionString(name) };
        return builder.AddResource(parameter);
    }

    internal static IResourceBuilder<ParameterResource> AddGeneratedSecret(this IDistributedApplicationBuilder builder, string name) =>
        builder.AddParameter(name, secret: true);

    // In publish mode the server is deployed: a local connection string (and its password) must not reach the manifest.
    private static IResourceBuilder<T> WithExistingConnectionString<T>(this IResourceBuilder<T> builder, IDistributedApplicationBuilder app) where T : IResource =>
        app.ExecutionContext.IsRunMode && app.Configuration.GetConnectionString(builder.Resource.Name) is { Length: > 0 } existing
            ? builder.WithAnnotation(new ExistingConnectionStringAnnotation(existing))
            : builder;

    internal static int? LaunchProfilePort(string projectDirectory)
    {
        var path = Path.Combine(projectDirectory, "Properties", "launchSettings.json");
        if (!File.Exists(path))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!document.RootElement.TryGetProperty("profiles", out var profiles))
        {
            return null;
        }

        foreach (var profile in profiles.EnumerateObject())
        {
            if (profile.Value.TryGetProperty("applicationUrl", out var urls) && urls.GetString() is { } text)
            {
                foreach (var url in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp)
                    {
                        return uri.Port;
                    }
                }
            }
        }

        return null;
    }
}
