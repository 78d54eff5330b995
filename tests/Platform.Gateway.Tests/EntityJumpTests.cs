using System.Text.Json;

namespace Platform.Gateway.Tests;

public sealed class EntityJumpTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task Root_fields_from_two_modules_arrive_in_the_operation_order()
    {
        shop.Reset();

        var response = await shop.Gateway.QueryAsync("{ topProducts(first: 2) { name } me { name } reviewCount }");

        var expected = new
        {
            topProducts = ShopSubgraphs.Products.Take(2).Select(p => new { name = p.Name }),
            me = new { name = ShopSubgraphs.Users[0].Name },
            reviewCount = ShopSubgraphs.Reviews.Length,
        };
        JsonAssert.Equal(JsonSerializer.Serialize(expected), JsonAssert.Data(response));
        Assert.Single(shop.Products.Received);
        Assert.Single(shop.Accounts.Received);
        Assert.Single(shop.Reviews.Received);
    }

    [Fact]
    public async Task Entity_fields_of_a_list_are_fetched_with_one_entities_call_per_module()
    {
        shop.Reset();

        var response = await shop.Gateway.QueryAsync("{ topProducts { upc inStock reviews { body } } }");

        var expected = ShopSubgraphs.Products.Select(p => new
        {
            upc = p.Upc,
            inStock = ShopSubgraphs.InStock(p.Upc),
            reviews = ShopSubgraphs.Reviews.Where(r => r.Upc == p.Upc).Select(r => new { body = r.Body }),
        });
        JsonAssert.Equal(JsonSerializer.Serialize(new { topProducts = expected }), JsonAssert.Data(response));
        var inventoryCall = Assert.Single(shop.Inventory.EntityCalls);
        Assert.Equal(ShopSubgraphs.Products.Length, inventoryCall.RepresentationCount);
        var reviewsCall = Assert.Single(shop.Reviews.EntityCalls);
        Assert.Equal(ShopSubgraphs.Products.Length, reviewsCall.RepresentationCount);
    }

    [Fact]
    public async Task Nested_jumps_go_from_products_to_reviews_and_back_to_products_once_per_depth()
    {
        shop.Reset();

        var response = await shop.Gateway.QueryAsync("{ topProducts { name reviews { id product { upc price } } } }");

        var expected = ShopSubgraphs.Products.Select(p => new
        {
            name = p.Name,
            reviews = ShopSubgraphs.Reviews.Where(r => r.Upc == p.Upc).Select(r => new { id = r.Id, product = new { upc = p.Upc, price = p.Price } }),
        });
        JsonAssert.Equal(JsonSerializer.Serialize(new { topProducts = expected }), JsonAssert.Data(response));
        Assert.Single(shop.Reviews.EntityCalls);
        var back = Assert.Single(shop.Products.EntityCalls);
        Assert.Equal(ShopSubgraphs.Products.Length, back.RepresentationCount);
    }

    [Fact]
    public async Task Representations_are_deduplicated_and_keys_are_added_to_the_parent_fetch()
    {
        shop.Reset();

        var response = await shop.Gateway.QueryAsync("{ users { reviews { author { name } } } }");

        var expected = ShopSubgraphs.Users.Select(u => new
        {
            reviews = ShopSubgraphs.Reviews.Where(r => r.AuthorId == u.Id)
                .Select(r => new { author = new { name = ShopSubgraphs.Users.First(a => a.Id == r.AuthorId).Name } }),
        });
        JsonAssert.Equal(JsonSerializer.Serialize(new { users = expected }), JsonAssert.Data(response));
        Assert.Contains("id", shop.Accounts.Received[0].Query);
        var authors = Assert.Single(shop.Accounts.EntityCalls);
        Assert.Equal(ShopSubgraphs.Users.Length, authors.RepresentationCount);
    }

    [Fact]
    public async Task A_client_alias_on_a_key_name_does_not_clash_with_the_key_the_gateway_adds()
    {
        shop.Reset();

        var response = await shop.Gateway.QueryAsync("{ topProducts(first: 2) { upc: name inStock } }");

        var expected = ShopSubgraphs.Products.Take(2).Select(p => new { upc = p.Name, inStock = ShopSubgraphs.InStock(p.Upc) });
        JsonAssert.Equal(JsonSerializer.Serialize(new { topProducts = expected }), JsonAssert.Data(response));
        Assert.Equal(
            ShopSubgraphs.Products.Take(2).Select(p => p.Upc),
            shop.Inventory.EntityCalls.Single().Variables.GetProperty("representations").EnumerateArray().Select(r => r.GetProperty("upc").GetString()));
    }
}
