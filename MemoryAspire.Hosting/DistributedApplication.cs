using System.Reflection;
using MemoryAspire.Hosting.ApplicationModel;
using MemoryAspire.Hosting.Orchestration;
using MemoryAspire.Hosting.Publishing;
using MemoryAspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MemoryAspire.Hosting;

/// <summary>The running app model: starts every resource in dependency order and stops them in reverse.</summary>
public sealed class DistributedApplication(IHost host) : IHost, IAsyncDisposable
{
    private readonly List<Action> _onDisposed = [];

    public static IDistributedApplicationBuilder CreateBuilder(string[] args) => new DistributedApplicationBuilder(args);

    public static IDistributedApplicationBuilder CreateBuilder() => new DistributedApplicationBuilder([]);

    public IServiceProvider Services => host.Services;

    public ResourceNotificationService ResourceNotifications => Services.GetRequiredService<ResourceNotificationService>();

    public DistributedApplicationModel Model => Services.GetRequiredService<DistributedApplicationModel>();

    public Task StartAsync(CancellationToken cancellationToken = default) => host.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => host.StopAsync(cancellationToken);

    /// <summary>Runs until Ctrl+C or SIGTERM; a start-up failure is reported as one clear message and exit code 1, not a stack trace.</summary>
    public void Run() => RunAsync().GetAwaiter().GetResult();

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            if (Services.GetRequiredService<DistributedApplicationExecutionContext>().IsPublishMode)
            {
                // Disposing the host flushes the console logger before the process exits.
                using (host)
                {
                    await ManifestPublishing.PublishAsync(Services, cancellationToken).ConfigureAwait(false);
                }

                return;
            }

            await host.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DistributedApplicationException e)
        {
            // Written directly: the host has disposed its loggers by now.
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            Environment.ExitCode = 1;
        }
    }

    public Task<string?> GetConnectionStringAsync(string resourceName, CancellationToken cancellationToken = default) =>
        Model.Find<IResourceWithConnectionString>(resourceName).ConnectionStringExpression.GetValueAsync(cancellationToken).AsTask();

    public Uri GetEndpoint(string resourceName, string endpointName = "http") =>
        new(new EndpointReference(Model.Find<IResourceWithEndpoints>(resourceName), endpointName).Url);

    /// <summary>An HttpClient addressed to a project's endpoint.</summary>
    public HttpClient CreateHttpClient(string resourceName, string endpointName = "http") =>
        new() { BaseAddress = GetEndpoint(resourceName, endpointName), Timeout = TimeSpan.FromSeconds(100) };

    internal void OnDisposed(Action action) => _onDisposed.Add(action);

    public void Dispose()
    {
        host.Dispose();
        _onDisposed.ForEach(a => a());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await host.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            if (host is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                host.Dispose();
            }

            _onDisposed.ForEach(a => a());
        }
    }
}

/// <summary>Every resource of the app, validated once at build.</summary>
public sealed class DistributedApplicationModel(IReadOnlyList<IResource> resources)
{
    public IReadOnlyList<IResource> Resources { get; } = resources;

    public T Find<T>(string name) where T : IResource =>
        Resources.OfType<T>().FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"No resource named '{name}' of kind {typeof(T).Name}. Resources: {string.Join(", ", Resources.Select(r => r.Name))}.", nameof(name));

    /// <summary>The resources this one must wait for: explicit WaitFor, and a database's server.</summary>
    public static IEnumerable<IResource> DependenciesOf(IResource resource)
    {
        foreach (var wait in resource.Annotations.OfType<WaitAnnotation>())
        {
            yield return wait.Resource;
        }

        if (resource is IResourceWithParent<IResource> child)
        {
            yield return child.Parent;
        }
    }

    internal void Validate()
    {
        var visiting = new HashSet<IResource>();
        var done = new HashSet<IResource>();
        foreach (var resource in Resources)
        {
            Visit(resource, []);
        }

        void Visit(IResource resource, List<string> path)
        {
            if (done.Contains(resource))
            {
                return;
            }

            path.Add(resource.Name);
            if (!visiting.Add(resource))
            {
                throw new DistributedApplicationException($"The resources wait for each other in a cycle: {string.Join(" -> ", path)}.");
            }

            foreach (var dependency in DependenciesOf(resource))
            {
                Visit(dependency, [.. path]);
            }

            visiting.Remove(resource);
            done.Add(resource);
        }
    }
}

/// <summary>Where the AppHost project lives, as its build recorded it (<c>apphostprojectpath</c>).</summary>
internal static class AppHostLocation
{
    /// <summary>Read when the builder is created: under the testing builder the AppHost is not the entry assembly.</summary>
    public static string Find() =>
        FromAssembly(DistributedApplicationTestingHook.Current?.AppHostAssembly ?? Assembly.GetEntryAssembly())
        ?? AppContext.BaseDirectory;

    private static string? FromAssembly(Assembly? assembly) => assembly?
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "apphostprojectpath")?.Value;
}
