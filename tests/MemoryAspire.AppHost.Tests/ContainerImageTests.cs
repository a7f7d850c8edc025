using System.Text.Json.Nodes;

namespace MemoryAspire.AppHost.Tests;

/// <summary>
/// The image settings azd's <c>dotnet publish /t:PublishContainer</c> uses, as the SDK computes them; building the image itself
/// needs the base image from its registry, which a test machine without network access cannot pull.
/// </summary>
public sealed class ContainerImageTests
{
    [Theory]
    [InlineData("MemoryAspire.ChatApi", "memoryaspire-chatapi")]
    [InlineData("MemoryAspire.MemoryWorker", "memoryaspire-memoryworker")]
    [InlineData("MemoryAspire.Web", "memoryaspire-web")]
    public async Task Each_service_image_listens_on_8080_and_runs_as_the_non_root_user_app(string project, string repository)
    {
        var result = await CommandLine.RunAsync(CommandLine.Dotnet,
            ["msbuild", project, "-t:ComputeContainerConfig", "-getProperty:ContainerRepository", "-getProperty:ContainerUser", "-getItem:ContainerPort", "-nologo"],
            CommandLine.RepositoryRoot);
        Assert.True(result.ExitCode == 0, result.Output);
        var config = JsonNode.Parse(result.StandardOutput)!;

        Assert.Equal(repository, config["Properties"]!["ContainerRepository"]!.GetValue<string>());
        Assert.Equal("app", config["Properties"]!["ContainerUser"]!.GetValue<string>());
        var port = Assert.Single(config["Items"]!["ContainerPort"]!.AsArray());
        Assert.Equal("8080", port!["Identity"]!.GetValue<string>());
        Assert.Equal("tcp", port["Type"]!.GetValue<string>());
    }
}
