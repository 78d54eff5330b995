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
        Assert.Equal("ratings", Assert.Single(supergraph.Types["Book"].Fields["rating"].Sources).Subgraph);
        Assert.DoesNotContain("ratings", supergraph.Types["Book"].Subgraphs);
        var printed = SchemaPrinter.Print(supergraph.ApiSchema);
        Assert.Contains("type Movie implements Media {\n  id: ID!\n  title: String\n  rating: Int\n}", printed);
        Assert.DoesNotContain("interfaceObject", printed);
    }
}
