using MemoryAspire.Hosting.Publishing;

namespace MemoryAspire.UnitTests.Publishing;

public sealed class ManifestExpressionTests
{
    [Fact]
    public void References_are_split_into_resource_and_path() =>
        Assert.Equal(
            ["cache:bindings.tcp.host", "cache:bindings.tcp.port", "cache-password:value"],
            ManifestExpression.Parse("{cache.bindings.tcp.host}:{cache.bindings.tcp.port},password={cache-password.value}")
                .Select(e => $"{e.Resource}:{string.Join('.', e.Path)}"));

    [Fact]
    public void Doubled_braces_are_literal_text_not_references() =>
        Assert.Empty(ManifestExpression.Parse("{{not.a.reference}} and plain text"));

    [Fact]
    public void Relative_output_paths_resolve_against_the_current_directory_and_a_folder_gets_the_default_file_name()
    {
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "out", "m.json"), ManifestPublishing.ManifestPath("out/m.json"));
        Assert.Equal(Path.Combine(Path.GetTempPath(), ManifestPublishing.DefaultFileName), ManifestPublishing.ManifestPath(Path.GetTempPath()));
    }
}
