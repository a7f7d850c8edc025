using MemoryAspire.Memory;

namespace MemoryAspire.UnitTests.Memory;

public sealed class CurrentUserTests
{
    [Fact]
    public void A_request_is_read_as_the_user_it_was_admitted_as()
    {
        var current = new CurrentUser();
        var alex = new MemoryUser(Guid.CreateVersion7(), "alex");

        current.Admit(alex);

        Assert.True(current.IsAdmitted);
        Assert.Same(alex, current.User);
    }

    [Fact]
    public void A_request_that_was_not_admitted_has_no_user()
    {
        var current = new CurrentUser();

        Assert.False(current.IsAdmitted);
        Assert.Throws<InvalidOperationException>(() => current.User);
    }

    [Fact]
    public void A_request_acts_for_one_user_only()
    {
        var current = new CurrentUser();
        current.Admit(new MemoryUser(Guid.CreateVersion7(), "alex"));

        Assert.Throws<InvalidOperationException>(() => current.Admit(new MemoryUser(Guid.CreateVersion7(), "sam")));
    }
}
