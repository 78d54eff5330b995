using Platform.GraphQL.Federation.Composition;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation.Tests.Composition;

public sealed class AbstractTypeTests
{
    [Fact]
    public void Possible_types_are_listed_per_subgraph_for_unions_and_interfaces()
    {
        const string books = Compose.Link + """

            type Query { search: [Result] media: [Media] }
            union Result = Book
            interface Media { id: ID! }
            type Book implements Media @key(fields: "id") { id: ID! title: String }
            """;
        const string movies = Compose.Link + """

            type Query { films: [Media] @shareable }
            union Result = Movie
            interface Media { id: ID! }
            type Movie implements Media @key(fields: "id") { id: ID! }
            """;

        var supergraph = Compose.Succeeds(("books", books), ("movies", movies));

        var result = supergraph.Types["Result"];
        Assert.Equal(SupergraphTypeKind.Union, result.Kind);
        Assert.Equal(new HashSet<string> { "Book" }, result.PossibleTypesBySubgraph["books"]);
        Assert.Equal(new HashSet<string> { "Movie" }, result.PossibleTypesBySubgraph["movies"]);
        Assert.Equal(new HashSet<string> { "Movie" }, supergraph.Types["Media"].PossibleTypesBySubgraph["movies"]);
        Assert.Contains("union Result = Book | Movie", SchemaPrinter.Print(supergraph.ApiSchema));
    }

    [Fact]
    public void An_interface_object_adds_its_fields_to_the_interface_and_every_implementation()
    {
        const string media = Compose.Link + """

            type Query { allMedia: [Media] }
            interface Media @key(fields: "id") { id: ID! title: String }
            type Book implements Media @key(fields: "id") { id: ID! title: String }
            type Movie implements Media @key(fields: "id") { id: ID! title: String }
            """;
        const string ratings = Compose.Link + """

            type Media @key(fields: "id") @interfaceObject { id: ID! rating: Int }
            """;

        var supergraph = Compose.Succeeds(("media", media), ("ratings", ratings));

        var mediaType = supergraph.Types["Media"];
        Assert.Equal(SupergraphTypeKind.Interface, mediaType.Kind);
        Assert.Equal(new HashSet<string> { "ratings" }, mediaType.InterfaceObjectSubgraphs);
        Assert.Contains(mediaType.Keys, k => k.Subgraph == "ratings");
        var rating = Assert.Single(supergraph.Types["Book"].Fields["rating"].Sources);
        Assert.Equal("ratings", rating.Subgraph);
        Assert.True(rating.ViaInterfaceObject);
        Assert.All(supergraph.Types["Book"].Fields["id"].Sources, s => Assert.False(s.ViaInterfaceObject));
        Assert.DoesNotContain("ratings", supergraph.Types["Book"].Subgraphs);
        var printed = SchemaPrinter.Print(supergraph.ApiSchema);
        Assert.Contains("type Movie implements Media {\n  id: ID!\n  title: String\n  rating: Int\n}", printed);
        Assert.DoesNotContain("interfaceObject", printed);
    }

    [Fact]
    public void A_subgraph_that_knows_the_object_type_still_resolves_interface_object_fields_only_as_the_interface()
    {
        const string media = Compose.Link + """

            type Query { allMedia: [Media] }
            interface Media @key(fields: "id") { id: ID! title: String }
            type Book implements Media @key(fields: "id") { id: ID! title: String }
            """;
        const string reviews = Compose.Link + """

            type Media @key(fields: "id") @interfaceObject { id: ID! score: Int }
            type Book @key(fields: "id") { id: ID! note: String }
            """;

        var book = Compose.Succeeds(("media", media), ("reviews", reviews)).Types["Book"];

        Assert.Contains("reviews", book.Subgraphs);
        Assert.True(Assert.Single(book.Fields["score"].Sources).ViaInterfaceObject);
        Assert.False(Assert.Single(book.Fields["note"].Sources).ViaInterfaceObject);
    }
}
