using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation.Tests.Composition;

public sealed class LinkImportTests
{
    private const string Accounts = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { me: User }
        type User @key(fields: "id") { id: ID! name: String }
        """;

    [Fact]
    public void Renamed_imports_are_read_as_the_directives_they_rename()
    {
        const string reviews = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3",
              import: [{name: "@key", as: "@primaryKey"}, {name: "@external", as: "@remote"}, "@provides"])
            type Query { reviews: [Review] }
            type Review { body: String author: User @provides(fields: "name") }
            type User @primaryKey(fields: "id") { id: ID! name: String @remote }
            """;

        var supergraph = Compose.Succeeds(("accounts", Accounts), ("reviews", reviews));

        Assert.Contains(supergraph.Types["User"].Keys, k => k.Subgraph == "reviews" && k.Fields.Source == "id");
        Assert.True(supergraph.Types["User"].Fields["name"].Sources.Single(s => s.Subgraph == "reviews").External);
        Assert.DoesNotContain("primaryKey", SchemaPrinter.Print(supergraph.ApiSchema));
    }

    [Fact]
    public void Namespaced_directives_use_the_link_alias_or_the_default_federation_prefix()
    {
        const string aliased = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", as: "fed")
            type Query { users: [User] }
            type User @fed__key(fields: "id") { id: ID! nickname: String @fed__shareable }
            """;
        const string prefixed = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3")
            type User @federation__key(fields: "id") { id: ID! nickname: String @federation__shareable }
            """;

        var supergraph = Compose.Succeeds(("accounts", Accounts), ("aliased", aliased), ("prefixed", prefixed));

        Assert.Equal(["accounts", "aliased", "prefixed"], supergraph.Types["User"].Keys.Select(k => k.Subgraph));
        Assert.All(supergraph.Types["User"].Fields["nickname"].Sources, s => Assert.True(s.Shareable));
    }

    [Fact]
    public void A_directive_not_imported_from_the_federation_link_is_unknown()
    {
        const string unimported = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Query { a: Int @shareable }
            """;

        var error = Assert.Single(Compose.Fails(("accounts", Accounts), ("unimported", unimported)));

        Assert.Equal("INVALID_GRAPHQL", error.Code);
        Assert.Contains("[unimported]", error.Message);
        Assert.Contains("shareable", error.Message);
    }

    [Fact]
    public void Federation_v1_sdl_extends_types_and_treats_every_field_as_shareable()
    {
        const string v1Reviews = """
            extend type Query { topReviews: [Review] me: User }
            type Review { body: String }
            extend type User @key(fields: "id") { id: ID! @external reviews: [Review] name: String }
            """;
        const string v1Accounts = """
            type Query { me: User }
            type User @key(fields: "id") { id: ID! name: String }
            """;

        var supergraph = Compose.Succeeds(("reviews", v1Reviews), ("accounts", v1Accounts));

        var id = supergraph.Types["User"].Fields["id"].Sources;
        Assert.All(id, s => Assert.False(s.External));
        Assert.All(supergraph.Types["Query"].Fields["me"].Sources, s => Assert.True(s.Shareable));
        Assert.Contains("topReviews: [Review]", SchemaPrinter.Print(supergraph.ApiSchema));
    }

    [Fact]
    public void A_subgraph_sdl_with_federation_plumbing_composes_without_it()
    {
        const string served = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "FieldSet"])
            directive @key(fields: FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
            directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
            scalar FieldSet
            scalar link__Import
            enum link__Purpose { SECURITY EXECUTION }
            scalar _Any
            type _Service { sdl: String }
            union _Entity = User
            type Query { _entities(representations: [_Any!]!): [_Entity]! _service: _Service! me: User }
            type User @key(fields: "id") { id: ID! name: String }
            """;

        var printed = SchemaPrinter.Print(Compose.Succeeds(("accounts", served)).ApiSchema);

        Assert.Equal("type Query {\n  me: User\n}\n\ntype User {\n  id: ID!\n  name: String\n}", printed);
    }

    [Fact]
    public void Sdl_that_defines_every_federation_directive_and_type_itself_composes()
    {
        // The shape other servers' _service.sdl takes: a schema definition carrying the link, and definitions of the
        // federation directives, scalars and entry points it imported.
        const string served = """
            schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@tag", "@shareable", "FieldSet"]) {
              query: Query
            }

            type Query {
              product(id: ID!): Product
              _service: _Service!
              _entities(representations: [_Any!]!): [_Entity]!
            }

            type Product @key(fields: "id") {
              id: ID!
              name: String! @shareable @tag(name: "public")
            }

            type _Service { sdl: String! }
            union _Entity = Product
            scalar _Any
            scalar FieldSet
            scalar link__Import
            enum link__Purpose { SECURITY EXECUTION }
            directive @link(url: String! as: String import: [link__Import] for: link__Purpose) repeatable on SCHEMA
            directive @key(fields: FieldSet! resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
            directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | SCHEMA
            directive @shareable repeatable on OBJECT | FIELD_DEFINITION
            """;

        var supergraph = Compose.Succeeds(("products", served), ("accounts", Accounts));

        Assert.Equal(
            "type Query {\n  product(id: ID!): Product\n  me: User\n}\n\ntype Product {\n  id: ID!\n  name: String!\n}\n\ntype User {\n  id: ID!\n  name: String\n}",
            SchemaPrinter.Print(supergraph.ApiSchema));
        Assert.Equal("id", Assert.Single(supergraph.Types["Product"].Keys).Fields.Source);
    }
}
