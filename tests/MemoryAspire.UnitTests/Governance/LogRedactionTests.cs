using MemoryAspire.Memory.Governance;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace MemoryAspire.UnitTests.Governance;

public sealed partial class LogRedactionTests
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in {Subject}; wrote {Text}")]
    private static partial void LogSignIn(ILogger logger, [PersonalIdentifier] string subject, [UserContent] string text);

    private static (ServiceProvider Services, FakeLogCollector Logs) Build(string? hmacKey = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Memory:Redaction:HmacKey", hmacKey)]).Build();
        var services = new ServiceCollection().AddMemoryRedaction(configuration);
        services.AddLogging(logging => logging.AddFakeLogging());
        var provider = services.BuildServiceProvider();
        return (provider, provider.GetFakeLogCollector());
    }

    [Fact]
    public void A_person_is_logged_as_a_keyed_hash_and_what_they_wrote_not_at_all()
    {
        var (services, logs) = Build();
        using (services)
        {
            var logger = services.GetRequiredService<ILogger<LogRedactionTests>>();
            LogSignIn(logger, "alex@example.com", "my card is 4111 1111 1111 1111");
            LogSignIn(logger, "alex@example.com", "hello");

            var records = logs.GetSnapshot();
            Assert.Equal(2, records.Count);
            Assert.All(records, r =>
            {
                Assert.DoesNotContain("alex", r.Message, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("4111", r.Message, StringComparison.Ordinal);
                Assert.DoesNotContain(r.StructuredState!, kv => kv.Value?.Contains("alex", StringComparison.OrdinalIgnoreCase) == true);
            });
            // The same person hashes the same way, so entries can still be correlated.
            Assert.Equal(records[0].GetStructuredStateValue("Subject"), records[1].GetStructuredStateValue("Subject"));
            Assert.False(string.IsNullOrEmpty(records[0].GetStructuredStateValue("Subject")));
            Assert.True(string.IsNullOrEmpty(records[0].GetStructuredStateValue("Text")));
        }
    }

    [Fact]
    public void A_configured_key_makes_the_hash_the_same_in_every_process()
    {
        var key = Convert.ToBase64String(Enumerable.Range(0, 48).Select(i => (byte)i).ToArray());
        string? Hash()
        {
            var (services, logs) = Build(key);
            using (services)
            {
                LogSignIn(services.GetRequiredService<ILogger<LogRedactionTests>>(), "alex", "hi");
                return logs.LatestRecord.GetStructuredStateValue("Subject");
            }
        }

        Assert.Equal(Hash(), Hash());
    }
}
