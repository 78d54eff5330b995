using System.Text.Json;

namespace Platform.Gateway.Tests;

public sealed class OperationTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Query = """
        query Product($upc: String!, $withReviews: Boolean!, $skipStock: Boolean = false) {
          p: product(upc: $upc) {
            ...Info
            stock: inStock @skip(if: $skipStock)
            ... @include(if: $withReviews) { opinions: reviews { text: body } }
          }
        }
        query Other { me { id } }
        fragment Info on Product { label: name ... on Product { cost: price } }
        """;

    [Fact]
    public async Task Fragments_aliases_and_conditions_shape_the_response_and_each_module_gets_only_its_variables()
    {
        shop.Reset();
        var product = ShopSubgraphs.Products[0];

        var response = await shop.Gateway.QueryAsync(Query, new { upc = product.Upc, withReviews = true }, "Product");

        var expected = new
        {
            p = new
            {
                label = product.Name,
                cost = product.Price,
                stock = ShopSubgraphs.InStock(product.Upc),
                opinions = ShopSubgraphs.Reviews.Where(r => r.Upc == product.Upc).Select(r => new { text = r.Body }),
            },
        };
        JsonAssert.Equal(JsonSerializer.Serialize(expected), JsonAssert.Data(response));
        var products = shop.Products.Received.Single();
        Assert.Equal(["upc"], products.VariableNames);
        Assert.DoesNotContain("$withReviews", products.Query);
        var inventory = shop.Inventory.EntityCalls.Single();
        Assert.Contains("$skipStock: Boolean = false", inventory.Query);
        Assert.DoesNotContain("$upc", inventory.Query);
        Assert.Equal(["representations", "withReviews"], shop.Reviews.EntityCalls.Single().VariableNames.Order());
    }

    [Fact]
    public async Task Skipped_selections_are_left_out_and_the_cached_plan_serves_other_variables()
    {
        var product = ShopSubgraphs.Products[1];
        await shop.Gateway.QueryAsync(Query, new { upc = ShopSubgraphs.Products[0].Upc, withReviews = true }, "Product");
        shop.Reset();

        var response = await shop.Gateway.QueryAsync(Query, new { upc = product.Upc, withReviews = false, skipStock = true }, "Product");

        JsonAssert.Equal(JsonSerializer.Serialize(new { p = new { label = product.Name, cost = product.Price } }), JsonAssert.Data(response));
        Assert.Empty(shop.Reviews.Received);
    }

    [Fact]
    public async Task Mutation_root_fields_run_in_order_across_modules()
    {
        shop.Reset();

        var response = await shop.Gateway.QueryAsync("""
            mutation {
              first: rename(id: "u1", name: "Ada") { name }
              review: addReview(upc: "3", body: "Sturdy") { body product { name price } }
              second: rename(id: "u2", name: "Alan") { name username }
            }
            """);

        var expected = new
        {
            first = new { name = "Ada" },
            review = new { body = "Sturdy", product = new { name = ShopSubgraphs.Products[2].Name, price = ShopSubgraphs.Products[2].Price } },
            second = new { name = "Alan", username = ShopSubgraphs.Users[1].Username },
        };
        JsonAssert.Equal(JsonSerializer.Serialize(expected), JsonAssert.Data(response));
        var accounts = shop.Accounts.Received.Where(r => r.Query.StartsWith("mutation", StringComparison.Ordinal)).OrderBy(r => r.Sequence).ToList();
        var review = Assert.Single(shop.Reviews.Received, r => r.Query.StartsWith("mutation", StringComparison.Ordinal));
        Assert.Equal(2, accounts.Count);
        Assert.True(accounts[0].Sequence < review.Sequence && review.Sequence < accounts[1].Sequence);
        var reviewRead = Assert.Single(shop.Products.EntityCalls);
        Assert.True(review.Sequence < reviewRead.Sequence && reviewRead.Sequence < accounts[1].Sequence);
    }

    [Fact]
    public async Task Invalid_operations_are_refused_by_validation_without_calling_modules()
    {
        shop.Reset();

        var response = await shop.Gateway.QueryAsync("{ topProducts { nope } }");

        Assert.False(response.TryGetProperty("data", out _));
        Assert.Contains("nope", JsonAssert.Errors(response)[0].GetProperty("message").GetString());
        Assert.All(shop.All, module => Assert.Empty(module.Received));
    }

    [Fact]
    public async Task Enum_values_and_typename_pass_through_from_the_modules()
    {
        var response = await shop.Gateway.QueryAsync("{ topProducts { __typename condition } }");

        var expected = ShopSubgraphs.Products.Select(p => new { __typename = "Product", condition = ShopSubgraphs.Condition(p.Upc) });
        JsonAssert.Equal(JsonSerializer.Serialize(new { topProducts = expected }), JsonAssert.Data(response));
    }
}
