namespace MemoryAspire.Hosting.ApplicationModel;

/// <summary>A named part of the distributed application: a server, a database, a project or a parameter.</summary>
public interface IResource
{
    string Name { get; }

    IList<object> Annotations { get; }
}

/// <summary>A resource that other resources reach through a connection string.</summary>
public interface IResourceWithConnectionString : IResource
{
    /// <summary>The key under <c>ConnectionStrings</c> in a consumer's configuration.</summary>
    string ConnectionStringName => Name;

    /// <summary>The connection string as an expression: literal text and references to values known only at run time.</summary>
    ReferenceExpression ConnectionStringExpression { get; }
}

/// <summary>A resource that listens on named endpoints.</summary>
public interface IResourceWithEndpoints : IResource;

/// <summary>A resource that receives environment variables.</summary>
public interface IResourceWithEnvironment : IResource;

/// <summary>A resource whose server takes extra command-line arguments (<c>WithArgs</c>).</summary>
public interface IResourceWithArgs : IResource;

/// <summary>A resource that lives inside another one (a database inside a server).</summary>
public interface IResourceWithParent<out T> : IResource where T : IResource
{
    T Parent { get; }
}

public abstract class Resource(string name) : IResource
{
    public string Name { get; } = ResourceNames.Validate(name);

    public IList<object> Annotations { get; } = [];

    public override string ToString() => Name;
}

/// <summary>Where a project lives and what it builds; generated for each ProjectReference of an AppHost.</summary>
public interface IProjectMetadata
{
    string ProjectPath { get; }

    string EntryAssemblyPath { get; }
}

public sealed class ProjectResource(string name, IProjectMetadata metadata) : Resource(name), IResourceWithEndpoints, IResourceWithEnvironment
{
    public IProjectMetadata Metadata { get; } = metadata;

    public string ProjectDirectory => Path.GetDirectoryName(Metadata.ProjectPath)!;
}

/// <summary>A value the app needs at run time; secret ones are generated once and kept in the state directory.</summary>
public class ParameterResource(string name, bool secret) : Resource(name), IValueProvider, IManifestExpressionProvider
{
    public bool Secret { get; } = secret;

    /// <summary>Generated values are made of letters and digits only, so they fit any connection string unquoted.</summary>
    public int GeneratedLength { get; init; } = 22;

    internal string? Value { get; set; }

    public string ValueExpression => $"{{{Name}.value}}";

    public ValueTask<string?> GetValueAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<string?>(Value ?? throw new InvalidOperationException($"Parameter '{Name}' has no value yet."));
}

/// <summary>How a parameter's value is generated when none is configured (Aspire's type of the same name; letters and digits only).</summary>
public sealed class GenerateParameterDefault
{
    public int MinLength { get; init; } = 22;
}

/// <summary>A connection string given to the AppHost (<c>ConnectionStrings:&lt;name&gt;</c>) and passed through as a secret, as Aspire's AddConnectionString does.</summary>
public sealed class ConnectionStringParameterResource(string name) : ParameterResource(name, secret: true), IResourceWithConnectionString
{
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{this}");
}

public sealed class RedisResource(string name, ParameterResource password) : Resource(name), IResourceWithConnectionString, IResourceWithEndpoints
{
    public const string PrimaryEndpointName = "tcp";

    public ParameterResource PasswordParameter { get; } = password;

    public EndpointReference PrimaryEndpoint => new(this, PrimaryEndpointName);

    public ReferenceExpression ConnectionStringExpression => this.ExistingConnectionString() is { } existing
        ? ReferenceExpression.Literal(existing)
        : ReferenceExpression.Create($"{PrimaryEndpoint.Property(EndpointProperty.HostAndPort)},password={PasswordParameter}");
}

public sealed class PostgresServerResource(string name, ParameterResource password) : Resource(name), IResourceWithConnectionString, IResourceWithEndpoints, IResourceWithArgs
{
    public const string PrimaryEndpointName = "tcp";
    public const string UserName = "postgres";

    public ParameterResource PasswordParameter { get; } = password;

    public EndpointReference PrimaryEndpoint => new(this, PrimaryEndpointName);

    public IList<PostgresDatabaseResource> Databases { get; } = [];

    public ReferenceExpression ConnectionStringExpression => this.ExistingConnectionString() is { } existing
        ? ReferenceExpression.Literal(existing)
        : ReferenceExpression.Create(
        $"Host={PrimaryEndpoint.Property(EndpointProperty.Host)};Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username={UserName};Password={PasswordParameter}");
}

public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource parent)
    : Resource(name), IResourceWithConnectionString, IResourceWithParent<PostgresServerResource>
{
    public string DatabaseName { get; } = databaseName;

    public PostgresServerResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression => this.ExistingConnectionString() is { } existing
        ? ReferenceExpression.Literal(existing)
        : ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}

internal static class ResourceNames
{
    public static string Validate(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        // Aspire's rule: names become DNS labels, env var segments and manifest keys.
        if (name.Length > 64 || !char.IsAsciiLetter(name[0]) || name.EndsWith('-') || name.Contains("--", StringComparison.Ordinal)
            || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            throw new ArgumentException(
                $"Resource name '{name}' is invalid: use 1 to 64 ASCII letters, digits and single hyphens, starting with a letter and not ending with a hyphen.",
                nameof(name));
        }

        return name;
    }
}

public static class ResourceExtensions
{
    /// <summary>The connection string configured for the resource in the AppHost, if it names an existing server.</summary>
    public static string? ExistingConnectionString(this IResource resource) =>
        resource.Annotations.OfType<ExistingConnectionStringAnnotation>().FirstOrDefault()?.ConnectionString;

    public static bool HasDataVolume(this IResource resource) => resource.Annotations.OfType<DataVolumeAnnotation>().Any();

    public static IEnumerable<EndpointAnnotation> Endpoints(this IResource resource) => resource.Annotations.OfType<EndpointAnnotation>();
}
