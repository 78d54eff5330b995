namespace Platform.Organization.Tests;

/// <summary>Units created under a township while it moves between counties still carry the township's current path.</summary>
public sealed class ConcurrentChangeTests(SeededHostFixture fixture) : IClassFixture<SeededHostFixture>
{
    private OrganizationHost Host => fixture.Host;

    [Fact]
    public async Task Creates_racing_moves_leave_every_path_consistent()
    {
        var chain = await Host.CreateChainAsync("race");
        var otherCounty = await Host.CreateAsync("县-race-2", "COUNTY", chain.City);
        var admin = Host.Token("platform-admin");
        const string move = "mutation($id: ID!, $p: ID!) { moveUnit(id: $id, newParentId: $p) { id } }";

        var creates = Enumerable.Range(0, 8).Select(i => Host.CreateRawAsync($"村-race-{i}", "VILLAGE", chain.Township, admin));
        var moves = Enumerable.Range(0, 6).Select(i => Host.PostAsync(move, new { id = chain.Township, p = i % 2 == 0 ? otherCounty : chain.County }, admin));
        var responses = await Task.WhenAll(creates.Concat(moves));

        Assert.All(responses, r => Assert.True(!r.HasErrors || r.ErrorCode() == "CONCURRENT_CHANGE", r.Text));
        var township = await Host.UnitAsync(chain.Township, "ancestors { id } children { id ancestors { id } }");
        var expected = township.GetProperty("ancestors").Ids().Append(chain.Township).ToArray();
        var children = township.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(1 + responses.Take(8).Count(r => !r.HasErrors), children.Count);
        Assert.All(children, child => Assert.Equal(expected, child.GetProperty("ancestors").Ids()));
    }
}
