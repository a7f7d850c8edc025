namespace MemoryAspire.Stack.Tests;

/// <summary>
/// A stack of its own for the poisoning tests, so that its extraction model can be a fooled one
/// (<see cref="OpenAiTestServer.ExtractsWholeMessage"/>) without changing what the other stack tests' model extracts.
/// </summary>
public sealed class PoisoningFixture : StackFixture
{
    protected override bool EnableDashboard => false;
}
