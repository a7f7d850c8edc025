using MemoryAspire.Hosting.ApplicationModel;

namespace MemoryAspire.UnitTests.Hosting;

public sealed class ConnectionStringParameterTests
{
    [Fact]
    public async Task A_configured_connection_string_is_passed_through_as_it_is()
    {
        var openai = new ConnectionStringParameterResource("openai") { Value = "Endpoint=https://x.invalid/;Key=k;Model=m" };

        Assert.Equal("Endpoint=https://x.invalid/;Key=k;Model=m", await ReferenceExpression.Create($"{openai}").GetValueAsync());
        Assert.Equal("Endpoint=https://x.invalid/;Key=k;Model=m", await openai.ConnectionStringExpression.GetValueAsync());
    }

    [Fact]
    public void In_the_manifest_its_connection_string_is_its_value_not_a_reference_to_itself() =>
        Assert.Equal("{openai.value}", new ConnectionStringParameterResource("openai").ConnectionStringExpression.ValueExpression);
}
