using Platform.Gateway.Planning;
using Platform.GraphQL.Federation.Composition;
using Platform.GraphQL.Language;

namespace Platform.Gateway.Tests;

/// <summary>Plans for the shop's schemas, composed without servers (plans never depend on where modules answer).</summary>
public sealed class QueryPlannerTests
{
    private static readonly Lazy<Supergraph> Shop = new(ComposeShop);

    [Fact]
    public void Each_jump_waits_one_stage_for_the_fetch_that_holds_its_keys()
    {
        var plan = Plan("{ topProducts { name reviews { body author { name } } } }");

        Assert.Null(plan.Error);
        Assert.Equal(
            [(0, "products", (string?)null), (1, "reviews", "Product"), (2, "accounts", "User")],
            plan.Fetches.Select(f => (f.Stage, f.Subgraph, f.EntityType)));
        var root = plan.Fetches[0].Document;
        Assert.Contains("upc", root);
        Assert.Contains("__typename", root);
        Assert.Equal([["topProducts", "reviews", "author"]], plan.Fetches[2].Paths.Select(p => p.Select(s => s.ResponseKey)));
    }

    [Fact]
    public void Required_fields_join_the_parent_fetch_and_the_representation()
    {
        var plan = Plan("{ topProducts { shippingEstimate } }");

        var (root, inventory) = (plan.Fetches[0], plan.Fetches[1]);
        Assert.Contains("price", root.Document);
        Assert.Contains("weight", root.Document);
        Assert.Equal(["upc", "price", "weight"], inventory.Representation.Select(r => r.Name));
        Assert.Equal(1, inventory.Stage);
    }

    [Fact]
    public void Mutation_fields_keep_their_order_and_neighbours_in_one_module_share_a_fetch()
    {
        var plan = Plan("""
            mutation {
              a: rename(id: "u1", name: "A") { name }
              b: rename(id: "u2", name: "B") { name }
              c: addReview(upc: "1", body: "x") { body }
              d: rename(id: "u1", name: "D") { name }
            }
            """);

        Assert.Equal(["accounts", "reviews", "accounts"], plan.Fetches.Select(f => f.Subgraph));
        Assert.All(plan.Fetches, f => Assert.StartsWith("mutation", f.Document));
        Assert.Contains("b: rename", plan.Fetches[0].Document);
    }

    [Fact]
    public void Plans_are_cached_by_document_and_operation_name()
    {
        const string text = "query A { me { name } } query B { topProducts { name } }";
        var document = Parser.Parse(text);
        var cache = new QueryPlanCache(new QueryPlanner(Shop.Value));
        var fragments = new Dictionary<string, FragmentDefinitionNode>();
        var a = (OperationDefinitionNode)document.Definitions[0];
        var b = (OperationDefinitionNode)document.Definitions[1];

        var first = cache.GetOrPlan(text, "A", a, fragments);
        var again = cache.GetOrPlan(text, "A", a, fragments);
        var other = cache.GetOrPlan(text, "B", b, fragments);

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal("accounts", first.Fetches.Single().Subgraph);
        Assert.Equal("products", other.Fetches.Single().Subgraph);
    }

    [Fact]
    public void Introspection_alone_needs_no_fetch()
    {
        Assert.Empty(Plan("{ __typename __schema { types { name } } }").Fetches);
    }

    private static QueryPlan Plan(string text)
    {
        var document = Parser.Parse(text);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        return new QueryPlanner(Shop.Value).Plan(operation, fragments);
    }

    private static Supergraph ComposeShop()
    {
        var result = SupergraphComposer.Compose(ShopSubgraphs.Sdl.Select(s => new SubgraphDefinition(s.Key, new Uri($"http://{s.Key}.invalid/graphql"), s.Value)).ToList());
        return result.Supergraph ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }
}
