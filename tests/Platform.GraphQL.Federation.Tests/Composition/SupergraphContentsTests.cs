using Platform.GraphQL.Federation.Composition;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation.Tests.Composition;

public sealed class SupergraphContentsTests
{
    private static readonly string Products = Compose.Link + """

        type Query { topProducts(first: Int = 5): [Product] }
        "A thing for sale"
        type Product @key(fields: "upc") @key(fields: "sku variant { id }") {
          upc: String!
          sku: String!
          variant: Variant!
          name: String @shareable
          price: Int
          weight: Int
          secret: String @inaccessible
        }
        type Variant @shareable { id: ID! }
        """;

    private static readonly string Inventory = Compose.Link + """

        type Product @key(fields: "upc") {
          upc: String!
          price: Int @external
          weight: Int @external
          shippingEstimate: Int @requires(fields: "price weight")
          inStock: Boolean @override(from: "reviews")
        }
        """;

    private static readonly string Reviews = Compose.Link + """

        type Query { reviews: [Review] }
        type Review { body: String! author: User @provides(fields: "name") product: Product }
        type User @key(fields: "id") { id: ID! name: String @external }
        type Product @key(fields: "upc") { upc: String! reviews: [Review] inStock: Boolean name: String @shareable }
        """;

    private static readonly string Accounts = Compose.Link + """

        type Query { me: User }
        type User @key(fields: "id") { id: ID! name: String @shareable username: String @deprecated(reason: "use name") }
        """;

    private static Supergraph Shop() =>
        Compose.Succeeds(("products", Products), ("inventory", Inventory), ("reviews", Reviews), ("accounts", Accounts));

    [Fact]
    public void Keys_of_every_subgraph_are_listed_with_their_field_sets()
    {
        var product = Shop().Types["Product"];

        Assert.Equal(
            ["products:upc:True", "products:sku variant { id }:True", "inventory:upc:True", "reviews:upc:True"],
            product.Keys.Select(k => $"{k.Subgraph}:{k.Fields.Source}:{k.Resolvable}"));
        Assert.Equal(new HashSet<string> { "products", "inventory", "reviews" }, product.Subgraphs);
        Assert.Equal(2, product.Keys[1].Fields.SelectionSet.Selections.Count);
        Assert.Empty(Shop().Types["Review"].Keys);
    }

    [Fact]
    public void Field_sources_carry_external_requires_provides_and_shareable()
    {
        var supergraph = Shop();
        var estimate = Assert.Single(supergraph.Types["Product"].Fields["shippingEstimate"].Sources);
        Assert.Equal("inventory", estimate.Subgraph);
        Assert.Equal("price weight", estimate.Requires?.Source);

        var price = supergraph.Types["Product"].Fields["price"].Sources;
        Assert.Equal(["products:False", "inventory:True"], price.Select(s => $"{s.Subgraph}:{s.External}"));

        var author = Assert.Single(supergraph.Types["Review"].Fields["author"].Sources);
        Assert.Equal("name", author.Provides?.Source);

        var name = supergraph.Types["User"].Fields["name"].Sources;
        Assert.Equal(["reviews:True:False", "accounts:False:True"], name.Select(s => $"{s.Subgraph}:{s.External}:{s.Shareable}"));

        var upc = supergraph.Types["Product"].Fields["upc"].Sources;
        Assert.All(upc, source => Assert.True(source.Shareable));
    }

    [Fact]
    public void Override_marks_the_source_it_took_the_field_from()
    {
        var inStock = Shop().Types["Product"].Fields["inStock"].Sources;

        Assert.Equal("inventory", inStock.Single(s => s.Subgraph == "reviews").OverriddenBy);
        Assert.Null(inStock.Single(s => s.Subgraph == "inventory").OverriddenBy);
    }

    [Fact]
    public void Api_schema_has_merged_types_without_federation_leftovers()
    {
        var printed = SchemaPrinter.Print(Shop().ApiSchema);

        Assert.Contains("topProducts(first: Int = 5): [Product]", printed);
        Assert.Contains("\"\"\"A thing for sale\"\"\"\ntype Product {", printed);
        Assert.Contains("shippingEstimate: Int", printed);
        Assert.Contains("username: String @deprecated(reason: \"use name\")", printed);
        foreach (var leftover in new[] { "@key", "@external", "@requires", "@provides", "@override", "@shareable", "@link", "_entities", "_service", "_Any", "_Entity", "FieldSet", "secret", "@inaccessible" })
        {
            Assert.DoesNotContain(leftover, printed);
        }

        Assert.Empty(SchemaValidator.Validate(Shop().ApiSchema));
    }

    [Fact]
    public void Subgraphs_keep_the_order_they_were_given_in()
    {
        Assert.Equal(["products", "inventory", "reviews", "accounts"], Shop().Subgraphs.Select(s => s.Name));
    }

    [Fact]
    public void Unresolvable_keys_are_kept_with_resolvable_false()
    {
        const string accounts = Compose.Link + """

            type Query { me: User }
            type User @key(fields: "id") { id: ID! name: String }
            """;
        const string reviews = Compose.Link + """

            type Query { reviews: [Review] }
            type Review { author: User }
            type User @key(fields: "id", resolvable: false) { id: ID! }
            """;

        var keys = Compose.Succeeds(("accounts", accounts), ("reviews", reviews)).Types["User"].Keys;

        Assert.Equal(["accounts:True", "reviews:False"], keys.Select(k => $"{k.Subgraph}:{k.Resolvable}"));
    }

    [Fact]
    public void A_renamed_root_type_is_query_in_the_supergraph()
    {
        const string renamed = Compose.Link + """

            schema { query: RootQuery }
            type RootQuery { hello: String }
            """;

        var supergraph = Compose.Succeeds(("renamed", renamed));

        Assert.Equal("Query", supergraph.ApiSchema.QueryType?.Name);
        Assert.Equal("renamed", Assert.Single(supergraph.Types["Query"].Fields["hello"].Sources).Subgraph);
        Assert.DoesNotContain("RootQuery", SchemaPrinter.Print(supergraph.ApiSchema));
    }
}
