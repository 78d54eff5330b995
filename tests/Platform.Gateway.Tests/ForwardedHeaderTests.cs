namespace Platform.Gateway.Tests;

/// <summary>Which of the caller's request headers reach the modules besides Authorization and the trace context.</summary>
public sealed class ForwardedHeaderTests
{
    [Fact]
    public async Task The_media_key_header_reaches_every_module_by_default_and_other_headers_do_not()
    {
        await using var products = await ShopSubgraphs.ProductsAsync();
        await using var inventory = await ShopSubgraphs.InventoryAsync();
        await using var gateway = await TestGateway.StartAsync(products, inventory);

        await gateway.QueryAsync("{ topProducts { inStock } }", headers: new Dictionary<string, string>
        {
            ["X-Media-Key"] = "media-key-1",
            ["X-Unlisted"] = "secret",
        });

        var calls = products.Received.Concat(inventory.Received).ToList();
        Assert.Equal(2, calls.Count);
        Assert.All(calls, call =>
        {
            Assert.Equal("media-key-1", call.Headers["x-media-key"]);
            Assert.False(call.Headers.ContainsKey("x-unlisted"));
        });
    }

    [Fact]
    public async Task A_configured_list_replaces_the_default_and_cannot_forward_headers_the_gateway_sets_itself()
    {
        await using var products = await ShopSubgraphs.ProductsAsync();
        await using var gateway = await TestGateway.StartAsync([products], new Dictionary<string, string?>
        {
            ["Gateway:ForwardedRequestHeaders:0"] = "X-Tenant",
            ["Gateway:ForwardedRequestHeaders:1"] = "Authorization",
        });

        var response = await gateway.QueryAsync("{ topProducts { name } }", headers: new Dictionary<string, string>
        {
            ["X-Tenant"] = "zhejiang",
            ["X-Media-Key"] = "media-key-1",
            ["Authorization"] = "Bearer token-1",
        });

        Assert.Equal(ShopSubgraphs.Products.Length, JsonAssert.Data(response).GetProperty("topProducts").GetArrayLength());
        var call = Assert.Single(products.Received);
        Assert.Equal("zhejiang", call.Headers["x-tenant"]);
        Assert.False(call.Headers.ContainsKey("x-media-key"));
        Assert.Equal("Bearer token-1", call.Headers["authorization"]);
    }
}
