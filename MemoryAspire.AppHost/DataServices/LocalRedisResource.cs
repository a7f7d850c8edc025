namespace MemoryAspire.AppHost.DataServices;

/// <summary>
/// Redis as Debian's <c>redis-server</c> run by the orchestrator (there is no container engine to run Aspire's Redis container),
/// with the connection string Aspire's Redis resource hands to a service that references it.
/// </summary>
public sealed class LocalRedisResource(string name, string command, string dataDirectory, ParameterResource password)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    public EndpointReference PrimaryEndpoint => new(this, EndpointName);

    public ParameterResource PasswordParameter { get; } = password;

    public string DataDirectory { get; } = dataDirectory;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{PrimaryEndpoint.Property(EndpointProperty.HostAndPort)},password={PasswordParameter}");
}

internal static class LocalRedisBuilderExtensions
{
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(
        this IDistributedApplicationBuilder builder, string name, ParameterResource password, AppHostSettings settings)
    {
        var command = LocalExecutables.Find("redis-server");
        if (command is null)
        {
            builder.FailAtStart($"redis-server was not found: install the redis-server package (sudo apt-get install redis-server), or set ConnectionStrings:{name} to an existing server.");
        }

        var dataDirectory = new LocalServerState(settings.StateDirectory).DataFor(name);
        var redis = new LocalRedisResource(name, command ?? "redis-server", dataDirectory, password);
        var configFile = Path.Combine(dataDirectory, "redis.conf");

        return builder.AddResource(redis)
            // DCP's TCP proxy halves Redis throughput: the server listens on the port services connect to.
            .WithEndpoint(name: LocalRedisResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add(configFile);
                context.Args.Add("--port");
                context.Args.Add(redis.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
            })
            .OnBeforeResourceStarted(async (resource, _, cancellationToken) =>
            {
                Directory.CreateDirectory(dataDirectory);
                // The password goes in a file only the owner reads, not on a command line that ps shows.
                var passwordValue = await resource.PasswordParameter.GetValueAsync(cancellationToken).ConfigureAwait(false);
                await File.WriteAllTextAsync(configFile, string.Join('\n',
                    "bind 127.0.0.1 -::1",
                    "protected-mode yes",
                    $"requirepass {passwordValue}",
                    $"dir {dataDirectory}",
                    "daemonize no",
                    "appendonly no",
                    settings.ThrowawayData ? "save \"\"" : "save 60 1",
                    "loglevel notice",
                    "logfile \"\"") + "\n", cancellationToken).ConfigureAwait(false);
                File.SetUnixFileMode(configFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            })
            .WithDataServerHealthCheck(DataServerProbe.Redis)
            .ExcludeFromManifest();
    }
}

/// <summary>Finds a program on PATH, as a shell would.</summary>
internal static class LocalExecutables
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    public static bool IsRoot => Environment.IsPrivilegedProcess;
}
