using MemoryAspire.Hosting.ApplicationModel;
using MemoryAspire.Hosting.Dashboard;
using MemoryAspire.Hosting.Orchestration;
using MemoryAspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MemoryAspire.Hosting;

public interface IDistributedApplicationBuilder
{
    ConfigurationManager Configuration { get; }

    IHostEnvironment Environment { get; }

    IServiceCollection Services { get; }

    DistributedApplicationExecutionContext ExecutionContext { get; }

    IList<IResource> Resources { get; }

    /// <summary>The AppHost project's folder; relative paths in the app model start here.</summary>
    string AppHostDirectory { get; }

    IResourceBuilder<T> AddResource<T>(T resource) where T : IResource;

    IResourceBuilder<T> CreateResourceBuilder<T>(T resource) where T : IResource;

    DistributedApplication Build();
}

public enum DistributedApplicationOperation
{
    Run,
    Publish,
}

public sealed class DistributedApplicationExecutionContext(DistributedApplicationOperation operation)
{
    public DistributedApplicationOperation Operation { get; } = operation;

    public bool IsRunMode => Operation == DistributedApplicationOperation.Run;

    public bool IsPublishMode => Operation == DistributedApplicationOperation.Publish;
}

public sealed class DistributedApplicationBuilder : IDistributedApplicationBuilder
{
    private readonly HostApplicationBuilder _host;

    internal DistributedApplicationBuilder(string[] args)
    {
        // The AppHost is a development tool in run mode: without an explicit environment it is Development, as Aspire's launch profile makes it.
        var environmentName = System.Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? System.Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environments.Development;
        AppHostDirectory = AppHostLocation.Find();
        _host = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            EnvironmentName = environmentName,
            ContentRootPath = AppHostDirectory,
        });
        _host.Configuration.AddJsonFile("appsettings.json", optional: true);
        _host.Configuration.AddJsonFile($"appsettings.{environmentName}.json", optional: true);
        _host.Configuration.AddEnvironmentVariables();
        _host.Configuration.AddCommandLine(args, new Dictionary<string, string>
        {
            ["--publisher"] = "Publishing:Publisher",
            ["--output-path"] = "Publishing:OutputPath",
        });
        DistributedApplicationTestingHook.Current?.ConfigureBuilder(_host.Configuration);

        _host.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        _host.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        // The orchestrator reports its own failures as one clear message; the host would add a stack trace.
        _host.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        _host.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(60));

        ExecutionContext = new(_host.Configuration["Publishing:Publisher"] is { Length: > 0 }
            ? DistributedApplicationOperation.Publish
            : DistributedApplicationOperation.Run);
    }

    public ConfigurationManager Configuration => _host.Configuration;

    public IHostEnvironment Environment => _host.Environment;

    public IServiceCollection Services => _host.Services;

    public DistributedApplicationExecutionContext ExecutionContext { get; }

    public IList<IResource> Resources { get; } = [];

    public string AppHostDirectory { get; }

    public IResourceBuilder<T> AddResource<T>(T resource) where T : IResource
    {
        if (Resources.Any(r => string.Equals(r.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DistributedApplicationException($"Cannot add resource '{resource.Name}': a resource with that name already exists.");
        }

        Resources.Add(resource);
        return CreateResourceBuilder(resource);
    }

    public IResourceBuilder<T> CreateResourceBuilder<T>(T resource) where T : IResource => new ResourceBuilder<T>(this, resource);

    public DistributedApplication Build()
    {
        // Under the testing builder the AppHost's entry point ends here; the test builds the app itself.
        DistributedApplicationTestingHook.Current?.CaptureAndAbort(this);
        return BuildCore();
    }

    internal DistributedApplication BuildCore()
    {
        var options = new AppHostOptions();
        Configuration.GetSection(AppHostOptions.SectionName).Bind(options);
        options.AppHostDirectory = AppHostDirectory;
        var model = new DistributedApplicationModel([.. Resources]);
        model.Validate();

        _host.Services.AddSingleton(model);
        _host.Services.AddSingleton(options);
        _host.Services.AddSingleton(ExecutionContext);
        _host.Services.AddSingleton(TimeProvider.System);
        _host.Services.AddSingleton<ResourceNotificationService>();
        if (ExecutionContext.IsRunMode && options.DashboardEnabled)
        {
            // Registered before the orchestrator: it starts first, so projects get its OTLP endpoint.
            _host.Services.AddAppHostDashboard(Configuration);
        }

        _host.Services.AddSingleton<ApplicationOrchestrator>();
        _host.Services.AddHostedService(sp => sp.GetRequiredService<ApplicationOrchestrator>());
        return new DistributedApplication(_host.Build());
    }
}

/// <summary>Settings of the AppHost itself, from the <c>AppHost</c> configuration section.</summary>
public sealed class AppHostOptions
{
    public const string SectionName = "AppHost";

    /// <summary>Where servers keep their data and generated secrets are stored; default <c>.state</c> in the AppHost's folder.</summary>
    public string? StateDirectory { get; set; }

    /// <summary>Give every endpoint a free port instead of the one from the project's launch profile (the testing builder sets it).</summary>
    public bool RandomizePorts { get; set; }

    /// <summary>How long a resource may take to become healthy before start-up fails.</summary>
    public int StartTimeoutSeconds { get; set; } = 120;

    /// <summary>How long an existing server named by a connection string may take to answer before start-up fails.</summary>
    public int ExistingServerTimeoutSeconds { get; set; } = 15;

    /// <summary>How long a resource may take to stop before it is killed.</summary>
    public int StopTimeoutSeconds { get; set; } = 10;

    /// <summary>Print each resource's console output with its name.</summary>
    public bool EchoResourceOutput { get; set; } = true;

    /// <summary>The dashboard's OTLP endpoint handed to every project; no telemetry export when empty.</summary>
    public string? OtlpEndpointUrl { get; set; }

    public string OtlpProtocol { get; set; } = "grpc";

    public string? OtlpApiKey { get; set; }

    /// <summary>Host the dashboard and its OTLP intake in run mode (the <c>Dashboard</c> section configures it).</summary>
    public bool DashboardEnabled { get; set; } = true;

    internal string AppHostDirectory { get; set; } = AppContext.BaseDirectory;

    internal string StateRoot => StateDirectory is { Length: > 0 } configured
        ? Path.GetFullPath(configured, AppHostDirectory)
        : Path.Combine(AppHostDirectory, ".state");
}

public sealed class DistributedApplicationException(string message, Exception? inner = null) : Exception(message, inner);
