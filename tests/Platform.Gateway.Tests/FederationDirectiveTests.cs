using System.Text.Json;

namespace Platform.Gateway.Tests;

public sealed class FederationDirectiveTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task Required_fields_are_fetched_first_and_sent_in_the_representations()
    {
        shop.Reset();

        var response = await shop.Gateway.QueryAsync("{ topProducts { name shippingEstimate } }");

        var expected = ShopSubgraphs.Products.Select(p => new { name = p.Name, shippingEstimate = ShopSubgraphs.ShippingEstimate(p.Price, p.Weight) });
        JsonAssert.Equal(JsonSerializer.Serialize(new { topProducts = expected }), JsonAssert.Data(response));
        var call = Assert.Single(shop.Inventory.EntityCalls);
        var representations = call.Variables.GetProperty("representations").EnumerateArray().ToList();
        Assert.All(representations, r => Assert.True(r.TryGetProperty("price", out _) && r.TryGetProperty("weight", out _)));
    }

    [Fact]
    public async Task Provided_fields_need_no_extra_hop_and_other_fields_do()
    {
        shop.Reset();

        var provided = await shop.Gateway.QueryAsync("{ topProducts { reviews { author { username } } } }");

        var expected = ShopSubgraphs.Products.Select(p => new
        {
            reviews = ShopSubgraphs.Reviews.Where(r => r.Upc == p.Upc)
                .Select(r => new { author = new { username = ShopSubgraphs.Users.First(u => u.Id == r.AuthorId).Username } }),
        });
        JsonAssert.Equal(JsonSerializer.Serialize(new { topProducts = expected }), JsonAssert.Data(provided));
        Assert.Empty(shop.Accounts.Received);

        var notProvided = await shop.Gateway.QueryAsync("{ topProducts { reviews { author { name } } } }");

        Assert.Equal(
            ShopSubgraphs.Users[0].Name,
            JsonAssert.Data(notProvided).GetProperty("topProducts")[0].GetProperty("reviews")[0].GetProperty("author").GetProperty("name").GetString());
        Assert.Single(shop.Accounts.EntityCalls);
    }

    [Fact]
    public async Task Shareable_fields_are_resolved_in_the_current_module()
    {
        shop.Reset();

        var response = await shop.Gateway.QueryAsync("{ topProducts(first: 1) { reviews { product { name } } } }");

        var product = ShopSubgraphs.Products[0];
        var expected = new[] { new { reviews = ShopSubgraphs.Reviews.Where(r => r.Upc == product.Upc).Select(_ => new { product = new { name = product.Name } }) } };
        JsonAssert.Equal(JsonSerializer.Serialize(new { topProducts = expected }), JsonAssert.Data(response));
        Assert.Empty(shop.Products.EntityCalls);
    }

    [Fact]
    public async Task Overridden_fields_come_from_the_overriding_module()
    {
        shop.Reset();

        var response = await shop.Gateway.QueryAsync("{ product(upc: \"1\") { category } }");

        Assert.Equal("furniture (inventory)", JsonAssert.Data(response).GetProperty("product").GetProperty("category").GetString());
        Assert.Single(shop.Inventory.EntityCalls);
        Assert.DoesNotContain("category", shop.Products.Received[0].Query);
    }
}
