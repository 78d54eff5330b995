using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation.Tests.Composition;

public sealed class TypeMergingTests
{
    [Fact]
    public void Enums_take_the_union_as_outputs_and_the_intersection_as_inputs()
    {
        const string a = Compose.Link + """

            type Query { status: Status filter(by: Sort): Int }
            enum Status { OPEN CLOSED }
            enum Sort { ASC DESC RANDOM }
            """;
        const string b = Compose.Link + """

            type Query { other: Status @shareable ranked(by: Sort): Int }
            enum Status { OPEN ARCHIVED }
            enum Sort { ASC DESC }
            """;

        var printed = SchemaPrinter.Print(Compose.Succeeds(("a", a), ("b", b)).ApiSchema);

        Assert.Contains("enum Status {\n  OPEN\n  CLOSED\n  ARCHIVED\n}", printed);
        Assert.Contains("enum Sort {\n  ASC\n  DESC\n}", printed);
    }

    [Fact]
    public void Inputs_keep_shared_fields_with_the_strictest_nullability_and_outputs_the_loosest()
    {
        const string a = Compose.Link + """

            type Query { find(filter: Filter): Item }
            input Filter { name: String! tag: String }
            type Item @key(fields: "id") { id: ID! label: String @shareable }
            """;
        const string b = Compose.Link + """

            type Query { search(filter: Filter): Item }
            input Filter { name: String limit: Int }
            type Item @key(fields: "id") { id: ID! label: String! @shareable }
            """;

        var printed = SchemaPrinter.Print(Compose.Succeeds(("a", a), ("b", b)).ApiSchema);

        Assert.Contains("input Filter {\n  name: String!\n}", printed);
        Assert.Contains("label: String\n", printed);
    }

    [Fact]
    public void Inaccessible_elements_and_tags_are_left_out_and_composed_directives_kept()
    {
        const string a = """
            extend schema
              @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@inaccessible", "@tag", "@composeDirective"])
              @link(url: "https://example.com/cache/v1.0", import: ["@cached"])
              @composeDirective(name: "@cached")
            directive @cached(seconds: Int!) on FIELD_DEFINITION
            type Query { items(internal: Boolean @inaccessible): [Item] @cached(seconds: 30) @tag(name: "public") hidden: Hidden @inaccessible }
            type Item { id: ID! kind: Kind }
            type Hidden @inaccessible { x: Int }
            enum Kind { PUBLIC PRIVATE @inaccessible }
            """;

        var schema = Compose.Succeeds(("a", a)).ApiSchema;
        var printed = SchemaPrinter.Print(schema);

        Assert.Contains("directive @cached(seconds: Int!) on FIELD_DEFINITION", printed);
        var applied = Assert.Single(((ObjectType)schema.TypeMap["Query"]).Fields["items"].AppliedDirectives);
        Assert.Equal("@cached(seconds: 30)", Platform.GraphQL.Language.Printer.Print(applied));
        Assert.Contains("enum Kind {\n  PUBLIC\n}", printed);
        foreach (var hidden in new[] { "internal", "Hidden", "hidden", "PRIVATE", "@tag", "@inaccessible" })
        {
            Assert.DoesNotContain(hidden, printed);
        }
    }

    [Fact]
    public void Spec_directives_specified_by_and_one_of_are_kept()
    {
        const string a = Compose.Link + """

            type Query { at: DateTime find(by: By): Int }
            scalar DateTime @specifiedBy(url: "https://example.com/datetime")
            input By @oneOf { id: ID name: String }
            """;

        var printed = SchemaPrinter.Print(Compose.Succeeds(("a", a)).ApiSchema);

        Assert.Contains("scalar DateTime @specifiedBy(url: \"https://example.com/datetime\")", printed);
        Assert.Contains("input By @oneOf {", printed);
    }
}
