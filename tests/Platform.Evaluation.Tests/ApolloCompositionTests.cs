using Platform.Testing;

namespace Platform.Evaluation.Tests;

/// <summary>
/// Apollo's own composition agrees: the Evaluation subgraph composes with subgraphs shaped like the other modules, its
/// fields join to it, and <c>Activity.feedback</c> is reachable only because this subgraph's <c>Activity</c> key is resolvable.
/// </summary>
public sealed class ApolloCompositionTests(TreeFixture fixture) : IClassFixture<TreeFixture>
{
    [Fact]
    public async Task The_evaluation_subgraph_composes_with_organization_activities_venues_and_volunteers()
    {
        var sdl = await SdlAsync();

        var (errors, supergraph) = await ApolloComposition.ComposeAsync(
            ("evaluation", sdl), ("organization", StandInSubgraphs.Organization), ("activities", StandInSubgraphs.Activities),
            ("venues", StandInSubgraphs.Venues), ("volunteers", StandInSubgraphs.Volunteers));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Contains("satisfaction(period: String): UnitSatisfaction! @join__field(graph: EVALUATION)", supergraph);
        Assert.Contains("assessments(period: String): [Assessment!] @join__field(graph: EVALUATION)", supergraph);
        Assert.Contains("feedback: FeedbackSummary! @join__field(graph: EVALUATION)", supergraph);
    }

    [Fact]
    public async Task With_an_unresolvable_activity_key_the_feedback_field_could_not_be_reached()
    {
        var sdl = (await SdlAsync()).Replace("type Activity @key(fields: \"id\")", "type Activity @key(fields: \"id\", resolvable: false)", StringComparison.Ordinal);

        var (errors, _) = await ApolloComposition.ComposeAsync(("evaluation", sdl), ("organization", StandInSubgraphs.Organization), ("activities", StandInSubgraphs.Activities));

        Assert.Contains(errors, error => error.StartsWith("SATISFIABILITY_ERROR", StringComparison.Ordinal) && error.Contains("feedback", StringComparison.Ordinal));
    }

    private async Task<string> SdlAsync() =>
        (await fixture.Host.PostAsync("{ _service { sdl } }")).Ok().GetProperty("_service").GetProperty("sdl").GetString()!;
}
