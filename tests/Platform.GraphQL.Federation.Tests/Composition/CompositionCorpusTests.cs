using System.Text.Json;
using Platform.GraphQL.Federation.Composition;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation.Tests.Composition;

/// <summary>
/// Differential test: every case of corpus.json (recorded from @theguild/federation-composition by oracle/record.mjs)
/// must get the same verdict from our composer, and a failure the same set of error codes as the oracle's.
/// For a composed set, our API schema must have the same types, fields, arguments, defaults, descriptions and deprecations
/// as the oracle's, and our <see cref="Supergraph"/> the same planner facts as its supergraph SDL's join directives. A case may declare a <c>divergence</c> (with its reason) where we deliberately follow the federation
/// spec instead.
/// </summary>
public sealed class CompositionCorpusTests
{
    private static readonly Lazy<Dictionary<string, CorpusCase>> Cases = new(Load);

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Cases.Value.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Verdict_matches_the_guild_composition(string name)
    {
        var corpusCase = Cases.Value[name];
        var result = SupergraphComposer.Compose(corpusCase.Subgraphs);
        var ours = string.Join("\n", result.Errors.Select(e => $"{e.Code}: {e.Message}"));
        var expectedComposes = corpusCase.Divergence is null ? corpusCase.Composes : !corpusCase.Composes;

        Assert.True(expectedComposes == result.Succeeded, $"oracle composes: {corpusCase.Composes}; ours: {result.Succeeded}\n{ours}");
        if (!result.Succeeded && corpusCase.Divergence is null)
        {
            Assert.True(
                corpusCase.Codes.SetEquals(result.Errors.Select(e => e.Code)),
                $"oracle codes: {string.Join(", ", corpusCase.Codes)}\nours:\n{ours}");
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Api_schema_matches_the_guild_composition(string name)
    {
        var corpusCase = Cases.Value[name];
        if (corpusCase.ApiSdl is null || corpusCase.Divergence is not null || corpusCase.ApiSchemaDivergence is not null)
        {
            return;
        }

        var result = SupergraphComposer.Compose(corpusCase.Subgraphs);
        Assert.True(result.Succeeded, "the oracle composes this set; see the verdict test");
        var ours = ApiSchemaShape.Of(result.Supergraph!.ApiSchema);
        var theirs = ApiSchemaShape.Of(SchemaBuilder.Build(corpusCase.ApiSdl));

        Assert.Equal(string.Join("\n", theirs.Select(p => $"{p.Key}: {p.Value}")), string.Join("\n", ours.Select(p => $"{p.Key}: {p.Value}")));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Planner_facts_match_the_guild_supergraph(string name)
    {
        var corpusCase = Cases.Value[name];
        if (corpusCase.Joins is null || corpusCase.Divergence is not null || corpusCase.ApiSchemaDivergence is not null)
        {
            return;
        }

        var result = SupergraphComposer.Compose(corpusCase.Subgraphs);
        Assert.True(result.Succeeded, "the oracle composes this set; see the verdict test");
        var ours = SupergraphFacts.Of(result.Supergraph!);

        // A supergraph SDL joins Query to every subgraph (each serves _entities); ours lists those that declare Query fields.
        static string Facts(IEnumerable<string> lines) => string.Join("\n", lines.Where(l => !l.StartsWith("type Query:", StringComparison.Ordinal)));
        Assert.Equal(Facts(corpusCase.Joins), Facts(ours));
    }

    [Fact]
    public void Corpus_covers_valid_and_invalid_sets_and_many_error_codes()
    {
        var cases = Cases.Value.Values.ToList();

        Assert.True(cases.Count(c => c.Composes) >= 15);
        Assert.True(cases.Count(c => !c.Composes) >= 15);
        Assert.True(cases.SelectMany(c => c.Codes).Distinct().Count() >= 15);
    }

    private static Dictionary<string, CorpusCase> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Composition", "corpus.json")));
        var cases = new Dictionary<string, CorpusCase>(StringComparer.Ordinal);
        foreach (var item in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var expected = item.GetProperty("expected");
            cases[item.GetProperty("name").GetString()!] = new CorpusCase(
                item.GetProperty("subgraphs").EnumerateArray()
                    .Select(s => new SubgraphDefinition(s.GetProperty("name").GetString()!, new Uri("http://127.0.0.1/" + s.GetProperty("name").GetString()), s.GetProperty("sdl").GetString()!))
                    .ToList(),
                expected.GetProperty("composes").GetBoolean(),
                expected.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToHashSet(StringComparer.Ordinal),
                item.TryGetProperty("divergence", out var divergence) ? divergence.GetString() : null,
                expected.TryGetProperty("apiSdl", out var apiSdl) ? apiSdl.GetString() : null,
                item.TryGetProperty("apiSchemaDivergence", out var apiDivergence) ? apiDivergence.GetString() : null,
                expected.TryGetProperty("joins", out var joins) ? joins.EnumerateArray().Select(j => j.GetString()!).ToList() : null);
        }

        return cases;
    }

    private sealed record CorpusCase(
        IReadOnlyList<SubgraphDefinition> Subgraphs, bool Composes, HashSet<string> Codes, string? Divergence, string? ApiSdl, string? ApiSchemaDivergence,
        IReadOnlyList<string>? Joins);
}
