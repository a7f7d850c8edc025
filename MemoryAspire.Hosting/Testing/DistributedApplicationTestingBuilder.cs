using System.Reflection;
using MemoryAspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MemoryAspire.Hosting.Testing;

public sealed class DistributedApplicationTestingOptions
{
    /// <summary>Keep server data here; when null a throwaway folder is used and removed when the app is disposed.</summary>
    public string? StateDirectory { get; set; }

    /// <summary>Print resources' console output (it is always kept in the app's console log buffers).</summary>
    public bool EchoResourceOutput { get; set; }

    /// <summary>Extra AppHost configuration, as <c>ConnectionStrings:cache</c> or <c>AppHost:StartTimeoutSeconds</c>.</summary>
    public Dictionary<string, string?> Configuration { get; } = [];
}

public interface IDistributedApplicationTestingBuilder : IDistributedApplicationBuilder
{
    Task<DistributedApplication> BuildAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Runs a real AppHost's topology in a test, as Aspire.Hosting.Testing does: the AppHost's entry point runs up to
/// <c>Build()</c>, the builder is handed to the test (every port free and random, a throwaway state directory),
/// and disposing the built app stops every resource.
/// </summary>
public static class DistributedApplicationTestingBuilder
{
    public static Task<IDistributedApplicationTestingBuilder> CreateAsync<TEntryPoint>(CancellationToken cancellationToken = default)
        where TEntryPoint : class => CreateAsync<TEntryPoint>([], null, cancellationToken);

    public static async Task<IDistributedApplicationTestingBuilder> CreateAsync<TEntryPoint>(
        string[] args, Action<DistributedApplicationTestingOptions>? configure, CancellationToken cancellationToken = default)
        where TEntryPoint : class
    {
        var options = new DistributedApplicationTestingOptions();
        configure?.Invoke(options);
        var throwaway = options.StateDirectory is null;
        var stateDirectory = options.StateDirectory ?? Path.Combine(Path.GetTempPath(), $"memoryaspire-test-{Guid.NewGuid():N}");

        var settings = new Dictionary<string, string?>
        {
            [$"{AppHostOptions.SectionName}:{nameof(AppHostOptions.StateDirectory)}"] = stateDirectory,
            [$"{AppHostOptions.SectionName}:{nameof(AppHostOptions.RandomizePorts)}"] = "true",
            [$"{AppHostOptions.SectionName}:{nameof(AppHostOptions.EchoResourceOutput)}"] = options.EchoResourceOutput ? "true" : "false",
        };
        foreach (var (key, value) in options.Configuration)
        {
            settings[key] = value;
        }
        var assembly = typeof(TEntryPoint).Assembly;
        var entryPoint = assembly.EntryPoint
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no entry point: pass a type from the AppHost project (Projects.<AppHost>).");
        var hook = new DistributedApplicationTestingHook(assembly, settings);

        var run = Task.Run(() =>
        {
            DistributedApplicationTestingHook.Current = hook;
            try
            {
                entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : [args]);
                hook.Fail(new InvalidOperationException("The AppHost's entry point returned without calling Build()."));
            }
            catch (TargetInvocationException e) when (e.InnerException is EntryPointAbortedException)
            {
            }
            catch (TargetInvocationException e)
            {
                hook.Fail(e.InnerException ?? e);
            }
        }, cancellationToken);

        var builder = await hook.Captured.WaitAsync(cancellationToken).ConfigureAwait(false);
        await run.ConfigureAwait(false);
        return new TestingBuilder(builder, throwaway ? stateDirectory : null);
    }

    private sealed class TestingBuilder(DistributedApplicationBuilder inner, string? throwawayState) : IDistributedApplicationTestingBuilder
    {
        public ConfigurationManager Configuration => inner.Configuration;

        public IHostEnvironment Environment => inner.Environment;

        public IServiceCollection Services => inner.Services;

        public DistributedApplicationExecutionContext ExecutionContext => inner.ExecutionContext;

        public IList<IResource> Resources => inner.Resources;

        public string AppHostDirectory => inner.AppHostDirectory;

        public IResourceBuilder<T> AddResource<T>(T resource) where T : IResource => inner.AddResource(resource);

        public IResourceBuilder<T> CreateResourceBuilder<T>(T resource) where T : IResource => inner.CreateResourceBuilder(resource);

        public DistributedApplication Build()
        {
            var app = inner.BuildCore();
            if (throwawayState is not null)
            {
                app.OnDisposed(() => DeleteQuietly(throwawayState));
            }

            return app;
        }

        public Task<DistributedApplication> BuildAsync(CancellationToken cancellationToken = default) => Task.FromResult(Build());

        private static void DeleteQuietly(string path)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}

/// <summary>Carries the testing settings into the AppHost's entry point and takes its builder out at <c>Build()</c>.</summary>
internal sealed class DistributedApplicationTestingHook(Assembly appHostAssembly, IReadOnlyDictionary<string, string?> settings)
{
    private static readonly AsyncLocal<DistributedApplicationTestingHook?> CurrentHook = new();
    private readonly TaskCompletionSource<DistributedApplicationBuilder> _captured = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static DistributedApplicationTestingHook? Current
    {
        get => CurrentHook.Value;
        set => CurrentHook.Value = value;
    }

    public Assembly AppHostAssembly { get; } = appHostAssembly;

    public Task<DistributedApplicationBuilder> Captured => _captured.Task;

    public void ConfigureBuilder(IConfigurationBuilder configuration) => configuration.AddInMemoryCollection(settings);

    public void CaptureAndAbort(DistributedApplicationBuilder builder)
    {
        _captured.TrySetResult(builder);
        throw new EntryPointAbortedException();
    }

    public void Fail(Exception e) => _captured.TrySetException(e);
}

internal sealed class EntryPointAbortedException() : Exception("The testing builder stops the AppHost's entry point at Build().");
