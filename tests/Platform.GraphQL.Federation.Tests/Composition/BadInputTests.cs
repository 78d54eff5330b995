using System.Text.Json;
using Platform.GraphQL.Federation.Composition;

namespace Platform.GraphQL.Federation.Tests.Composition;

public sealed class BadInputTests
{
    private const string Sdl = Compose.Link + "\ntype Query { a: Int }";

    [Fact]
    public void Duplicate_and_blank_subgraph_names_are_composition_errors()
    {
        var errors = Compose.Fails(("x", Sdl), ("x", Sdl.Replace("a: Int", "b: Int")), (" ", Sdl));

        Assert.Equal(["INVALID_SUBGRAPH_NAME", "INVALID_SUBGRAPH_NAME"], errors.Select(e => e.Code));
        Assert.Contains("\"x\"", errors[0].Message);
    }

    [Fact]
    public void No_subgraphs_is_an_error_not_an_exception()
    {
        var result = SupergraphComposer.Compose([]);

        Assert.Equal("NO_QUERIES", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Empty_sdl_is_invalid_graphql_naming_the_subgraph()
    {
        var error = Assert.Single(Compose.Fails(("ok", Sdl), ("empty", "")));

        Assert.Equal("INVALID_GRAPHQL", error.Code);
        Assert.StartsWith("[empty]", error.Message);
    }

    /// <summary>Every hand-written corpus SDL cut short at many points composes or fails with errors, and never throws.</summary>
    [Fact]
    public void Truncated_subgraph_sdl_never_throws()
    {
        using var corpus = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Composition", "corpus.json")));
        var checkedSets = 0;
        var handWritten = corpus.RootElement.GetProperty("cases").EnumerateArray()
            .Where(c => c.GetProperty("name").GetString() is { } name && !name.StartsWith("generated-", StringComparison.Ordinal) && !name.StartsWith("shapes-", StringComparison.Ordinal));
        foreach (var item in handWritten)
        {
            var subgraphs = item.GetProperty("subgraphs").EnumerateArray()
                .Select(s => (Name: s.GetProperty("name").GetString()!, Sdl: s.GetProperty("sdl").GetString()!)).ToList();
            var last = subgraphs[^1];
            for (var cut = 0; cut < last.Sdl.Length; cut += 37)
            {
                var truncated = subgraphs.Take(subgraphs.Count - 1).Append((last.Name, last.Sdl[..cut])).ToArray();
                var result = Compose.Run(truncated);
                Assert.True(result.Succeeded || result.Errors.Count > 0);
                checkedSets++;
            }
        }

        Assert.True(checkedSets > 300);
    }

    [Fact]
    public void A_long_chain_of_types_is_walked_without_exhausting_the_stack()
    {
        const int length = 3000;
        var chain = new System.Text.StringBuilder(Compose.Link + "\ntype Query { first: T0 }\n");
        for (var i = 0; i < length; i++)
        {
            chain.Append($"type T{i} {{ value: Int next: T{(i + 1) % length} }}\n");
        }

        const string hidden = Compose.Link + "\ntype T2999 { value: Int @shareable secret: Int }";
        var withShareable = chain.ToString().Replace("type T2999 { value: Int", "type T2999 { value: Int @shareable", StringComparison.Ordinal);

        Assert.True(Compose.Run(("chain", chain.ToString())).Succeeded);
        var error = Assert.Single(Compose.Fails(("chain", withShareable), ("hidden", hidden)));
        Assert.Equal("SATISFIABILITY_ERROR", error.Code);
        Assert.Contains("Query.first -> T0.next -> T1.next", error.Message);
        Assert.Contains("T2998.next -> T2999.secret", error.Message);
    }
}
