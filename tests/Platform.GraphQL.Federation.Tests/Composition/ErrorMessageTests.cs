namespace Platform.GraphQL.Federation.Tests.Composition;

/// <summary>Composition errors carry a stable code and name the subgraphs, types and fields involved.</summary>
public sealed class ErrorMessageTests
{
    private const string Owner = Compose.Link + """

        type Query { items: [Item] }
        type Item @key(fields: "id") { id: ID! size: Int @shareable name: String }
        """;

    [Fact]
    public void Field_type_mismatch_names_the_field_and_each_subgraphs_type()
    {
        const string other = Compose.Link + "\ntype Item @key(fields: \"id\") { id: ID! size: String @shareable }";

        var error = Assert.Single(Compose.Fails(("owner", Owner), ("other", other)));

        Assert.Equal("FIELD_TYPE_MISMATCH", error.Code);
        Assert.Contains("\"Item.size\"", error.Message);
        Assert.Contains("\"Int\" in subgraph \"owner\"", error.Message);
        Assert.Contains("\"String\" in subgraph \"other\"", error.Message);
    }

    [Fact]
    public void Invalid_field_sharing_names_the_field_and_the_non_shareable_subgraphs()
    {
        const string other = Compose.Link + "\ntype Item @key(fields: \"id\") { id: ID! name: String @shareable }";

        var error = Assert.Single(Compose.Fails(("owner", Owner), ("other", other)));

        Assert.Equal("INVALID_FIELD_SHARING", error.Code);
        Assert.Contains("\"Item.name\"", error.Message);
        Assert.EndsWith("defined as non-shareable in subgraph \"owner\"", error.Message);
    }

    [Fact]
    public void Key_errors_name_the_subgraph_type_and_field_set()
    {
        const string other = Compose.Link + "\ntype Item @key(fields: \"uuid\") { id: ID! }";

        var error = Assert.Single(Compose.Fails(("owner", Owner), ("other", other)));

        Assert.Equal("KEY_INVALID_FIELDS", error.Code);
        Assert.StartsWith("[other] On type \"Item\", for @key(fields: \"uuid\")", error.Message);
    }

    [Fact]
    public void Unsatisfiable_fields_name_the_path_and_the_subgraph_it_starts_from()
    {
        const string hidden = Compose.Link + "\ntype Item @key(fields: \"id\", resolvable: false) { id: ID! secret: Int }";

        var error = Assert.Single(Compose.Fails(("owner", Owner), ("hidden", hidden)));

        Assert.Equal("SATISFIABILITY_ERROR", error.Code);
        Assert.Contains("Query.items -> Item.secret", error.Message);
        Assert.Contains("from subgraph \"owner\"", error.Message);
        Assert.Contains("declared in \"hidden\"", error.Message);
    }

    [Fact]
    public void Graphql_errors_in_federation_directives_name_the_subgraph()
    {
        const string misplaced = Compose.Link + "\ntype Query { a: I }\ninterface I @shareable { id: ID! }\ntype T implements I { id: ID! }";

        var error = Assert.Single(Compose.Fails(("misplaced", misplaced)));

        Assert.Equal("INVALID_GRAPHQL", error.Code);
        Assert.Equal("[misplaced] Directive \"@shareable\" may not be used on INTERFACE.", error.Message);
    }

    [Fact]
    public void Every_error_of_a_failed_set_is_reported_not_only_the_first()
    {
        const string other = Compose.Link + """

            type Item @key(fields: "id") { id: ID! size: String @shareable name: String }
            """;

        var codes = Compose.Fails(("owner", Owner), ("other", other)).Select(e => e.Code).Order().ToList();

        Assert.Equal(["FIELD_TYPE_MISMATCH", "INVALID_FIELD_SHARING"], codes);
    }
}
