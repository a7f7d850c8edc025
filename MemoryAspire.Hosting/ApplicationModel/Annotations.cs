using System.Globalization;

namespace MemoryAspire.Hosting.ApplicationModel;

/// <summary>An endpoint a resource listens on. <see cref="Port"/> null means: pick a free one at start.</summary>
public sealed class EndpointAnnotation(string name, string uriScheme, int? port = null, int? targetPort = null)
{
    public string Name { get; } = name;

    public string UriScheme { get; } = uriScheme;

    public int? Port { get; set; } = port;

    public int? TargetPort { get; set; } = targetPort;

    public bool IsExternal { get; set; }

    public string Transport => UriScheme is "tcp" ? "tcp" : "http";

    public AllocatedEndpoint? Allocated { get; set; }
}

public sealed record AllocatedEndpoint(string UriScheme, string Host, int Port)
{
    public string Url => $"{UriScheme}://{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>The annotated resource starts only once <see cref="Resource"/> is healthy.</summary>
public sealed record WaitAnnotation(IResource Resource);

/// <summary>The annotated resource receives the connection string or service address of <see cref="Resource"/>.</summary>
public sealed record ReferenceAnnotation(IResource Resource);

/// <summary>A variable the annotated resource receives; the value may be an expression.</summary>
public sealed record EnvironmentAnnotation(string Name, object Value);

/// <summary>Arguments appended to the annotated server's command line (for PostgreSQL, say, <c>-c name=value</c> settings).</summary>
public sealed record CommandLineArgsAnnotation(IReadOnlyList<string> Args);

/// <summary>The data of the annotated server survives restarts, kept in the AppHost's state directory.</summary>
public sealed record DataVolumeAnnotation;

/// <summary>The annotated resource is an existing server reached through this connection string; nothing is started for it.</summary>
public sealed record ExistingConnectionStringAnnotation(string ConnectionString);
