using MemoryAspire.Hosting.ApplicationModel;

namespace MemoryAspire.Hosting.Orchestration;

/// <summary>
/// The environment a project receives in run mode, named and formatted exactly as an Aspire AppHost would hand it over,
/// so that a service cannot tell which AppHost started it.
/// </summary>
internal static class EnvironmentContract
{
    public static async Task<SortedDictionary<string, string>> ForProjectAsync(
        ProjectResource project, string environmentName, AppHostOptions options, string instanceId, CancellationToken cancellationToken = default)
    {
        var env = new SortedDictionary<string, string>(StringComparer.Ordinal);

        var urls = project.Endpoints().Where(e => e.Transport == "http" && e.Allocated is not null).Select(e => e.Allocated!.Url).ToList();
        if (urls.Count > 0)
        {
            env["ASPNETCORE_URLS"] = string.Join(';', urls);
        }

        env["ASPNETCORE_ENVIRONMENT"] = environmentName;
        env["DOTNET_ENVIRONMENT"] = environmentName;
        env["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true";

        foreach (var reference in project.Annotations.OfType<ReferenceAnnotation>())
        {
            switch (reference.Resource)
            {
                case IResourceWithConnectionString target:
                    env[$"ConnectionStrings__{target.ConnectionStringName}"] =
                        await target.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false) ?? "";
                    break;
                case ProjectResource service:
                    foreach (var endpoint in service.Endpoints().Where(e => e.Transport == "http" && e.Allocated is not null))
                    {
                        env[$"services__{service.Name}__{endpoint.Name}__0"] = endpoint.Allocated!.Url;
                        env[$"{ToEnvName(service.Name)}_{ToEnvName(endpoint.Name)}"] = endpoint.Allocated.Url;
                    }

                    break;
            }
        }

        if (!string.IsNullOrEmpty(options.OtlpEndpointUrl))
        {
            env["OTEL_EXPORTER_OTLP_ENDPOINT"] = options.OtlpEndpointUrl;
            env["OTEL_EXPORTER_OTLP_PROTOCOL"] = options.OtlpProtocol;
            if (!string.IsNullOrEmpty(options.OtlpApiKey))
            {
                env["OTEL_EXPORTER_OTLP_HEADERS"] = $"x-otlp-api-key={options.OtlpApiKey}";
            }

            env["OTEL_SERVICE_NAME"] = project.Name;
            env["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={instanceId}";
            if (string.Equals(environmentName, "Development", StringComparison.OrdinalIgnoreCase))
            {
                // Short export intervals so that the dashboard shows what just happened.
                env["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
                env["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
                env["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";
                env["OTEL_TRACES_SAMPLER"] = "always_on";
            }
        }

        env["OTEL_DOTNET_EXPERIMENTAL_OTLP_EMIT_EXCEPTION_LOG_ATTRIBUTES"] = "true";
        env["OTEL_DOTNET_EXPERIMENTAL_OTLP_EMIT_EVENT_LOG_ATTRIBUTES"] = "true";
        env["OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY"] = "in_memory";

        foreach (var variable in project.Annotations.OfType<EnvironmentAnnotation>())
        {
            env[variable.Name] = variable.Value switch
            {
                string text => text,
                IValueProvider provider => await provider.GetValueAsync(cancellationToken).ConfigureAwait(false) ?? "",
                var other => other.ToString() ?? "",
            };
        }

        return env;
    }

    /// <summary>Aspire's upper-case form of a name in an environment variable: <c>chat-api</c> becomes <c>CHAT_API</c>.</summary>
    public static string ToEnvName(string name) => name.Replace('-', '_').ToUpperInvariant();
}
