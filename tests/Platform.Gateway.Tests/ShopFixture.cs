namespace Platform.Gateway.Tests;

/// <summary>The four shop modules and a gateway over them, shared by the tests of one class (which run one at a time).</summary>
public sealed class ShopFixture : IAsyncLifetime
{
    internal TestSubgraph Accounts { get; private set; } = null!;

    internal TestSubgraph Products { get; private set; } = null!;

    internal TestSubgraph Inventory { get; private set; } = null!;

    internal TestSubgraph Reviews { get; private set; } = null!;

    internal TestGateway Gateway { get; private set; } = null!;

    internal IEnumerable<TestSubgraph> All => [Accounts, Products, Inventory, Reviews];

    public async Task InitializeAsync()
    {
        var started = await Task.WhenAll(ShopSubgraphs.AccountsAsync(), ShopSubgraphs.ProductsAsync(), ShopSubgraphs.InventoryAsync(), ShopSubgraphs.ReviewsAsync());
        (Accounts, Products, Inventory, Reviews) = (started[0], started[1], started[2], started[3]);
        Gateway = await TestGateway.StartAsync(started);
    }

    /// <summary>Forgets what the modules received so far (call at the start of a test).</summary>
    internal void Reset()
    {
        foreach (var module in All)
        {
            module.ClearReceived();
        }
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        foreach (var module in All)
        {
            await module.DisposeAsync();
        }
    }
}
