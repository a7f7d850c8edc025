using MemoryAspire.Memory;

namespace MemoryAspire.UnitTests.Memory;

public sealed class PageRuleTests
{
    private static readonly PageRule Rule = new(DefaultLimit: 3, MaxLimit: 5);

    [Fact]
    public void A_first_page_takes_the_default_limit_and_no_cursor()
    {
        var read = Rule.Read(new PageRequest(null, null), keys: 2);

        Assert.Null(read.Refusal);
        Assert.Equal((3, (string[]?)null), read.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(6)]
    public void A_limit_out_of_range_is_refused_saying_the_range(int limit)
    {
        var refusal = Assert.IsType<Refusal.Invalid>(Rule.Read(new PageRequest(limit, null), keys: 1).Refusal);

        Assert.Contains("between 1 and 5", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_more_rows_than_its_limit_ends_with_the_cursor_of_its_last_item()
    {
        var page = PageRule.Of<int>([10, 20, 30, 40], limit: 3, n => [n.ToString(System.Globalization.CultureInfo.InvariantCulture), "x"]);

        Assert.Equal([10, 20, 30], page.Items);
        var next = Rule.Read(new PageRequest(3, page.Next), keys: 2);
        Assert.Equal(["30", "x"], next.Value.After!);
    }

    [Fact]
    public void The_last_page_has_no_cursor()
    {
        Assert.Null(PageRule.Of<int>([10, 20, 30], limit: 3, n => ["n"]).Next);
    }

    [Theory]
    [InlineData("not a cursor!")]
    [InlineData("eyJhIjoxfQ")]
    public void A_cursor_that_is_not_one_of_the_lists_is_refused(string cursor)
    {
        Assert.IsType<Refusal.Invalid>(Rule.Read(new PageRequest(null, cursor), keys: 2).Refusal);
    }

    [Fact]
    public void A_cursor_of_another_list_shape_is_refused()
    {
        Assert.IsType<Refusal.Invalid>(Rule.Read(new PageRequest(null, PageRule.Encode("only-one")), keys: 2).Refusal);
    }
}
