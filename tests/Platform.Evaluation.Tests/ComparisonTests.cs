using System.Text.Json;
using Platform.Hosting.Security;
using static Platform.Evaluation.Tests.EvaluationClient;

namespace Platform.Evaluation.Tests;

/// <summary>Totals compared across units × periods, and a unit's history, for administrators whose scope covers the units.</summary>
public sealed class ComparisonTests(TreeFixture fixture) : IClassFixture<TreeFixture>
{
    private const string Compare = """
        query($units: [ID!]!, $periods: [String!]!) {
          assessmentComparison(unitIds: $units, periods: $periods) { unit { id } period status total basicTotal featuredTotal items { code score } assessment { id } } }
        """;

    private EvaluationHost Host => fixture.Host;

    private UnitTree Tree => fixture.Tree;

    [Fact]
    public async Task Totals_of_units_by_periods_come_in_the_order_asked_with_nulls_where_there_is_no_assessment()
    {
        await ScoreAsync(Tree.StationA, "2026-H1", 0.5);
        await ScoreAsync(Tree.StationA, "2026-H2", 1.0);
        await ScoreAsync(Tree.StationB, "2026-H2", 0.0);

        var cells = (await Host.PostAsync(Compare, new { units = new[] { Tree.StationB, Tree.StationA }, periods = new[] { "2026-H1", "2026-H2" } },
            Host.Token(PlatformRoles.UnitAdmin, Tree.Township))).Ok().GetProperty("assessmentComparison").EnumerateArray().ToList();

        Assert.Equal(
            [(Tree.StationB, "2026-H1"), (Tree.StationB, "2026-H2"), (Tree.StationA, "2026-H1"), (Tree.StationA, "2026-H2")],
            cells.Select(c => (c.GetProperty("unit").GetProperty("id").GetString()!, c.GetProperty("period").GetString()!)));
        Assert.Equal(JsonValueKind.Null, cells[0].GetProperty("total").ValueKind);
        Assert.Equal(JsonValueKind.Null, cells[0].GetProperty("assessment").ValueKind);
        Assert.Empty(cells[0].GetProperty("items").EnumerateArray());
        Assert.Equal(0, cells[1].GetProperty("total").GetDouble());
        Assert.Equal(55, cells[2].GetProperty("total").GetDouble());
        Assert.Equal(50, cells[2].GetProperty("basicTotal").GetDouble());
        Assert.Equal(5, cells[2].GetProperty("featuredTotal").GetDouble());
        Assert.Equal(110, cells[3].GetProperty("total").GetDouble());
        Assert.Equal(12.5, cells[2].GetProperty("items")[4].GetProperty("score").GetDouble());
        Assert.Equal("DRAFT", cells[3].GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_units_history_lists_its_assessments_by_period()
    {
        var unit = Tree.County;
        await ScoreAsync(unit, "2025-H2", 0.5);
        await ScoreAsync(unit, "2025-H1", 1.0);

        var history = (await Host.PostAsync("query($unit: ID!) { assessments(unitId: $unit) { period total } }", new { unit }, Host.Token(PlatformRoles.ProvinceAdmin, Tree.Province)))
            .Ok().GetProperty("assessments").EnumerateArray().Select(a => (a.GetProperty("period").GetString(), a.GetProperty("total").GetDouble()));

        Assert.Equal([("2025-H1", 110.0), ("2025-H2", 55.0)], history);
    }

    [Fact]
    public async Task Comparing_a_unit_outside_the_callers_scope_or_too_many_is_refused()
    {
        var outside = await Host.PostAsync(Compare, new { units = new[] { Tree.StationA, Tree.OtherCounty }, periods = new[] { "2026-H1" } }, Host.Token(PlatformRoles.UnitAdmin, Tree.Township));
        var tooMany = await Host.PostAsync(Compare, new { units = Enumerable.Range(0, 101).Select(_ => UnitTree.NewId()).ToArray(), periods = new[] { "2026-H1" } }, Host.Platform());
        var badPeriod = await Host.PostAsync(Compare, new { units = new[] { Tree.StationA }, periods = new[] { "2026-Q1" } }, Host.Platform());

        Assert.Equal("FORBIDDEN", outside.ErrorCode());
        Assert.Contains(Tree.OtherCounty, outside.ErrorMessage());
        Assert.Equal("INVALID_LIMIT", tooMany.ErrorCode());
        Assert.Equal("INVALID_PERIOD", badPeriod.ErrorCode());
    }

    private async Task ScoreAsync(string unit, string period, double share)
    {
        var id = (await Host.CreateAssessmentAsync(unit, period)).GetProperty("id").GetString()!;
        await Host.ScoreAllAsync(id, (_, points) => points * share);
    }
}
