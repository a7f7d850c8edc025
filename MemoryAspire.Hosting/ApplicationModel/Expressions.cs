using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace MemoryAspire.Hosting.ApplicationModel;

/// <summary>Something whose value is known only once the app runs (a port, a generated password).</summary>
public interface IValueProvider
{
    ValueTask<string?> GetValueAsync(CancellationToken cancellationToken = default);
}

/// <summary>Something that the publish-mode manifest writes as an expression (<c>{cache.bindings.tcp.port}</c>).</summary>
public interface IManifestExpressionProvider
{
    string ValueExpression { get; }
}

/// <summary>A string made of literal text and run-time values; evaluated in run mode, written as an expression in publish mode.</summary>
public sealed class ReferenceExpression : IValueProvider, IManifestExpressionProvider
{
    private readonly IReadOnlyList<object> _parts;

    private ReferenceExpression(IReadOnlyList<object> parts) => _parts = parts;

    public static ReferenceExpression Create(in ExpressionInterpolatedStringHandler handler) => new(handler.Parts);

    public static ReferenceExpression Literal(string value) => new([value]);

    public IEnumerable<object> ValueProviders => _parts.Where(p => p is not string);

    public string ValueExpression => string.Concat(_parts.Select(p => p switch
    {
        string text => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal),
        // A connection-string parameter is its own value: naming its connection string here would refer to itself.
        ParameterResource parameter => $"{{{parameter.Name}.value}}",
        IResourceWithConnectionString r => $"{{{r.Name}.connectionString}}",
        IManifestExpressionProvider provider => provider.ValueExpression,
        _ => throw new InvalidOperationException($"No manifest expression for {p.GetType().Name}."),
    }));

    public async ValueTask<string?> GetValueAsync(CancellationToken cancellationToken = default)
    {
        var result = new StringBuilder();
        foreach (var part in _parts)
        {
            result.Append(part switch
            {
                string text => text,
                ParameterResource parameter => await parameter.GetValueAsync(cancellationToken).ConfigureAwait(false),
                IResourceWithConnectionString r => await r.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false),
                IValueProvider provider => await provider.GetValueAsync(cancellationToken).ConfigureAwait(false),
                _ => throw new InvalidOperationException($"No value for {part.GetType().Name}."),
            });
        }

        return result.ToString();
    }

    [InterpolatedStringHandler]
    public readonly ref struct ExpressionInterpolatedStringHandler
    {
        private readonly List<object> _parts;

        public ExpressionInterpolatedStringHandler(int literalLength, int formattedCount) => _parts = new(formattedCount * 2 + 1);

        internal List<object> Parts => _parts;

        public void AppendLiteral(string value) => _parts.Add(value);

        public void AppendFormatted(string? value) => _parts.Add(value ?? "");

        public void AppendFormatted(int value) => _parts.Add(value.ToString(CultureInfo.InvariantCulture));

        public void AppendFormatted(IResource value) => _parts.Add(value);

        public void AppendFormatted(EndpointReferenceExpression value) => _parts.Add(value);

        public void AppendFormatted(ReferenceExpression value) => _parts.Add(value);
    }
}

public enum EndpointProperty
{
    Url,
    Host,
    Port,
    TargetPort,
    HostAndPort,
}

/// <summary>A named endpoint of a resource; its address is known once the orchestrator has allocated it.</summary>
public sealed class EndpointReference(IResourceWithEndpoints resource, string endpointName) : IValueProvider, IManifestExpressionProvider
{
    public IResourceWithEndpoints Resource { get; } = resource;

    public string EndpointName { get; } = endpointName;

    public EndpointAnnotation Annotation => Resource.Annotations.OfType<EndpointAnnotation>().SingleOrDefault(e => e.Name == EndpointName)
        ?? throw new InvalidOperationException($"Resource '{Resource.Name}' has no endpoint named '{EndpointName}'.");

    public AllocatedEndpoint Allocated => Annotation.Allocated
        ?? throw new InvalidOperationException($"The endpoint '{EndpointName}' of '{Resource.Name}' has no address yet.");

    public string Url => Allocated.Url;

    public string Host => Allocated.Host;

    public int Port => Allocated.Port;

    public EndpointReferenceExpression Property(EndpointProperty property) => new(this, property);

    public string ValueExpression => Property(EndpointProperty.Url).ValueExpression;

    public ValueTask<string?> GetValueAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult<string?>(Url);
}

public sealed class EndpointReferenceExpression(EndpointReference endpoint, EndpointProperty property) : IValueProvider, IManifestExpressionProvider
{
    public EndpointReference Endpoint { get; } = endpoint;

    public EndpointProperty Property { get; } = property;

    public string ValueExpression => Property == EndpointProperty.HostAndPort
        ? $"{Binding("host")}:{Binding("port")}"
        : Binding(Property switch
        {
            EndpointProperty.Url => "url",
            EndpointProperty.Host => "host",
            EndpointProperty.Port => "port",
            _ => "targetPort",
        });

    private string Binding(string field) => "{" + $"{Endpoint.Resource.Name}.bindings.{Endpoint.EndpointName}.{field}" + "}";

    public ValueTask<string?> GetValueAsync(CancellationToken cancellationToken = default)
    {
        var allocated = Endpoint.Allocated;
        return ValueTask.FromResult<string?>(Property switch
        {
            EndpointProperty.Url => allocated.Url,
            EndpointProperty.Host => allocated.Host,
            EndpointProperty.HostAndPort => $"{allocated.Host}:{allocated.Port.ToString(CultureInfo.InvariantCulture)}",
            _ => allocated.Port.ToString(CultureInfo.InvariantCulture),
        });
    }
}
