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

        foreach (var (name, value) in SharedVariables(project, allocatedOnly: true))
        {
            env[name] = value switch
            {
                string text => text,
                IValueProvider provider => await provider.GetValueAsync(cancellationToken).ConfigureAwait(false) ?? "",
                var other => other.ToString() ?? "",
            };
        }

        return env;
    }

    /// <summary>
    /// The same environment for the publish-mode manifest, as expressions (<c>{cache.connectionString}</c>): the port comes from
    /// <c>HTTP_PORTS</c>, and what only serves a local run (environment name, the local dashboard's exporter) is left out.
    /// </summary>
    public static SortedDictionary<string, string> ForProjectManifest(ProjectResource project)
    {
        var env = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var ports = project.Endpoints().Where(e => e.Transport == "http")
            .Select(e => new EndpointReference(project, e.Name).Property(EndpointProperty.TargetPort).ValueExpression).ToList();
        if (ports.Count > 0)
        {
            env["HTTP_PORTS"] = string.Join(';', ports);
        }

        foreach (var (name, value) in SharedVariables(project, allocatedOnly: false))
        {
            env[name] = value switch
            {
                string text => text,
                IManifestExpressionProvider expression => expression.ValueExpression,
                var other => other.ToString() ?? "",
            };
        }

        return env;
    }

    /// <summary>What a project receives in both modes; values are text or something with a run-time value and a manifest expression.</summary>
    private static IEnumerable<(string Name, object Value)> SharedVariables(ProjectResource project, bool allocatedOnly)
    {
        yield return ("ASPNETCORE_FORWARDEDHEADERS_ENABLED", "true");

        foreach (var reference in project.Annotations.OfType<ReferenceAnnotation>())
        {
            switch (reference.Resource)
            {
                case IResourceWithConnectionString target:
                    yield return ($"ConnectionStrings__{target.ConnectionStringName}", ReferenceExpression.Create($"{target}"));
                    break;
                case ProjectResource service:
                    foreach (var endpoint in service.Endpoints().Where(e => e.Transport == "http" && (e.Allocated is not null || !allocatedOnly)))
                    {
                        var url = new EndpointReference(service, endpoint.Name);
                        yield return ($"services__{service.Name}__{endpoint.Name}__0", url);
                        yield return ($"{ToEnvName(service.Name)}_{ToEnvName(endpoint.Name)}", url);
                    }

                    break;
            }
        }

        yield return ("OTEL_DOTNET_EXPERIMENTAL_OTLP_EMIT_EXCEPTION_LOG_ATTRIBUTES", "true");
        yield return ("OTEL_DOTNET_EXPERIMENTAL_OTLP_EMIT_EVENT_LOG_ATTRIBUTES", "true");
        yield return ("OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY", "in_memory");

        foreach (var variable in project.Annotations.OfType<EnvironmentAnnotation>())
        {
            yield return (variable.Name, variable.Value);
        }
    }

    /// <summary>Aspire's upper-case form of a name in an environment variable: <c>chat-api</c> becomes <c>CHAT_API</c>.</summary>
    public static string ToEnvName(string name) => name.Replace('-', '_').ToUpperInvariant();
}
