using Platform.Hosting.Security;
using static Platform.Evaluation.Tests.EvaluationClient;

namespace Platform.Evaluation.Tests;

/// <summary>
/// Who may assess, approve and read (unit tree from a stand-in Organization subgraph): a unit is assessed by an admin
/// of a unit above it, never by itself or a sibling; approval needs a province (or platform) admin; a unit's own admins
/// read their assessments, other units' admins do not.
/// </summary>
public sealed class AssessmentScopeTests(TreeFixture fixture) : IClassFixture<TreeFixture>
{
    private EvaluationHost Host => fixture.Host;

    private UnitTree Tree => fixture.Tree;

    [Fact]
    public async Task A_township_admin_assesses_its_station_through_every_step_up_to_submission()
    {
        var token = Host.Token(PlatformRoles.UnitAdmin, Tree.Township);

        var id = (await Host.CreateAssessmentAsync(Tree.StationA, "2026-H1", token)).GetProperty("id").GetString()!;
        await Host.ScoreAllAsync(id, (_, points) => points, token);
        var submitted = await Host.PostAsync(SubmitMutation, new { id }, token);

        Assert.Equal("SUBMITTED", submitted.Ok().GetProperty("submitAssessment").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_station_admin_cannot_assess_another_station_nor_itself_and_a_township_not_itself()
    {
        var stationA = Host.Token(PlatformRoles.UnitAdmin, Tree.StationA);
        var township = Host.Token(PlatformRoles.UnitAdmin, Tree.Township);

        Assert.Equal("FORBIDDEN", (await Host.PostAsync(CreateMutation, new { unit = Tree.StationB, period = "2026-H1" }, stationA)).ErrorCode());
        Assert.Equal("FORBIDDEN", (await Host.PostAsync(CreateMutation, new { unit = Tree.StationA, period = "2026-H2" }, stationA)).ErrorCode());
        Assert.Equal("FORBIDDEN", (await Host.PostAsync(CreateMutation, new { unit = Tree.Township, period = "2026-H1" }, township)).ErrorCode());
        Assert.Equal("FORBIDDEN", (await Host.PostAsync(CreateMutation, new { unit = Tree.County, period = "2026-H1" }, township)).ErrorCode());
        Assert.Equal("FORBIDDEN", (await Host.PostAsync(CreateMutation, new { unit = Tree.StationA, period = "2026-H1" }, Host.Token(PlatformRoles.Volunteer)))
            .ErrorCode());
    }

    [Fact]
    public async Task A_sibling_or_the_unit_itself_cannot_score_or_submit_an_assessment_others_created()
    {
        var id = (await Host.CreateAssessmentAsync(Tree.StationB, "2027-H1")).GetProperty("id").GetString()!;
        await Host.ScoreAllAsync(id, (_, points) => points);

        foreach (var unit in new[] { Tree.StationA, Tree.StationB, Tree.OtherCounty })
        {
            var token = Host.Token(PlatformRoles.UnitAdmin, unit);
            Assert.Equal("FORBIDDEN", (await Host.PostAsync(ScoreMutation, new { id, scores = new[] { new { standard = "II-1.1", score = 0 } } }, token)).ErrorCode());
            Assert.Equal("FORBIDDEN", (await Host.PostAsync(SubmitMutation, new { id }, token)).ErrorCode());
        }

        Assert.Equal("DRAFT", await Host.StatusAsync(id));
    }

    [Fact]
    public async Task Approval_and_return_need_a_province_admin_of_the_units_province()
    {
        var id = (await Host.CreateAssessmentAsync(Tree.StationA, "2027-H2")).GetProperty("id").GetString()!;
        await Host.ScoreAllAsync(id, (_, points) => points);
        (await Host.PostAsync(SubmitMutation, new { id }, Host.Platform())).Ok();

        foreach (var token in new[] { Host.Token(PlatformRoles.UnitAdmin, Tree.County), Host.Token(PlatformRoles.UnitAdmin, Tree.Province), Host.Token(PlatformRoles.ProvinceAdmin, Tree.OtherCounty) })
        {
            Assert.Equal("FORBIDDEN", (await Host.PostAsync(ApproveMutation, new { id }, token)).ErrorCode());
            Assert.Equal("FORBIDDEN", (await Host.PostAsync(ReturnMutation, new { id, reason = "不行" }, token)).ErrorCode());
        }

        Assert.Equal("SUBMITTED", await Host.StatusAsync(id));
        var approved = await Host.PostAsync(ApproveMutation, new { id }, Host.Token(PlatformRoles.ProvinceAdmin, Tree.Province));
        Assert.Equal("APPROVED", approved.Ok().GetProperty("approveAssessment").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_units_own_admins_and_those_above_read_its_assessments_others_are_refused()
    {
        var id = (await Host.CreateAssessmentAsync(Tree.Township, "2028-H1")).GetProperty("id").GetString()!;
        const string Read = "query($id: ID!) { assessment(id: $id) { id period } }";

        foreach (var unit in new[] { Tree.Township, Tree.County, Tree.Province })
        {
            var response = await Host.PostAsync(Read, new { id }, Host.Token(PlatformRoles.UnitAdmin, unit));
            Assert.Equal(id, response.Ok().GetProperty("assessment").GetProperty("id").GetString());
        }

        foreach (var unit in new[] { Tree.StationA, Tree.OtherCounty })
        {
            Assert.Equal("FORBIDDEN", (await Host.PostAsync(Read, new { id }, Host.Token(PlatformRoles.UnitAdmin, unit))).ErrorCode());
        }

        Assert.Equal("UNAUTHENTICATED", (await Host.PostAsync(Read, new { id })).ErrorCode());
    }
}
