using static Platform.Evaluation.Tests.EvaluationClient;

namespace Platform.Evaluation.Tests;

/// <summary>
/// An assessment's life: scored as a draft (never above a standard's points, never negative), submitted once every
/// standard is scored, approved or returned to draft with a reason; every illegal step is refused with a code and changes nothing.
/// </summary>
public sealed class AssessmentWorkflowTests(TreeFixture fixture) : IClassFixture<TreeFixture>
{
    private EvaluationHost Host => fixture.Host;

    [Theory]
    [InlineData("II-5.1", 0.6, "SCORE_OUT_OF_RANGE")]
    [InlineData("II-1.1", 3.01, "SCORE_OUT_OF_RANGE")]
    [InlineData("II-1.1", -0.5, "SCORE_OUT_OF_RANGE")]
    [InlineData("II-1.1", 1.005, "INVALID_SCORE")]
    [InlineData("II-99.1", 1, "UNKNOWN_STANDARD")]
    public async Task A_bad_score_is_refused_and_no_score_of_the_call_is_kept(string standard, double score, string code)
    {
        var id = (await Host.CreateAssessmentAsync(UnitTree.NewId(), "2026-H1")).GetProperty("id").GetString()!;

        var response = await Host.PostAsync(ScoreMutation, new { id, scores = new object[] { new { standard = "II-2.1", score = 1 }, new { standard, score } } }, Host.Platform());

        Assert.Equal(code, response.ErrorCode());
        var stored = (await Host.PostAsync("query($id: ID!) { assessment(id: $id) { scoredStandards total } }", new { id }, Host.Platform())).Ok().GetProperty("assessment");
        Assert.Equal(0, stored.GetProperty("scoredStandards").GetInt32());
        Assert.Equal(0, stored.GetProperty("total").GetDouble());
    }

    [Fact]
    public async Task Scores_at_the_limits_are_kept_and_totals_add_up_by_item_and_overall()
    {
        var id = (await Host.CreateAssessmentAsync(UnitTree.NewId(), "2026-H1")).GetProperty("id").GetString()!;

        var first = await Host.ScoreAllAsync(id, (code, points) => code.StartsWith("II-26.", StringComparison.Ordinal) ? 0 : points);
        var rescored = (await Host.PostAsync(ScoreMutation, new { id, scores = new[] { new { standard = "II-5.1", score = 0.25, evidence = "只有临时场所" } } }, Host.Platform()))
            .Ok().GetProperty("scoreAssessment");

        Assert.Equal(103, first.GetProperty("total").GetDouble());
        Assert.Equal(100, first.GetProperty("basicTotal").GetDouble());
        Assert.Equal(3, first.GetProperty("featuredTotal").GetDouble());
        Assert.True(first.GetProperty("complete").GetBoolean());
        Assert.Equal(102.75, rescored.GetProperty("total").GetDouble());
        var items = rescored.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("score").GetDouble());
        Assert.Equal(14.75, items["I-2"]);
        Assert.Equal(3, items["I-7"]);
        Assert.Equal(rescored.GetProperty("total").GetDouble(), items.Values.Sum());
        var score = rescored.GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("standardCode").GetString() == "II-5.1");
        Assert.Equal("只有临时场所", score.GetProperty("evidence").GetString());
        Assert.Equal(65, rescored.GetProperty("scores").GetArrayLength());
    }

    [Fact]
    public async Task Draft_to_submitted_to_approved_and_every_illegal_step_is_refused_without_change()
    {
        var id = (await Host.CreateAssessmentAsync(UnitTree.NewId(), "2026-H2")).GetProperty("id").GetString()!;
        var token = Host.Platform();

        await Expect("APPROVE", ApproveMutation, new { id }, "INVALID_TRANSITION", "DRAFT");
        await Expect("RETURN", ReturnMutation, new { id, reason = "补充材料" }, "INVALID_TRANSITION", "DRAFT");
        await Expect("SUBMIT incomplete", SubmitMutation, new { id }, "ASSESSMENT_INCOMPLETE", "DRAFT");
        await Host.ScoreAllAsync(id, (_, points) => points / 2);
        Assert.Equal("SUBMITTED", (await Host.PostAsync(SubmitMutation, new { id }, token)).Ok().GetProperty("submitAssessment").GetProperty("status").GetString());

        await Expect("SUBMIT again", SubmitMutation, new { id }, "INVALID_TRANSITION", "SUBMITTED");
        await Expect("SCORE submitted", ScoreMutation, new { id, scores = new[] { new { standard = "II-1.1", score = 1 } } }, "ASSESSMENT_LOCKED", "SUBMITTED");
        await Expect("RETURN without reason", ReturnMutation, new { id, reason = "  " }, "REASON_REQUIRED", "SUBMITTED");
        var approved = (await Host.PostAsync(ApproveMutation, new { id }, token)).Ok().GetProperty("approveAssessment");
        Assert.Equal("APPROVED", approved.GetProperty("status").GetString());
        Assert.Equal("tester-platform-admin", approved.GetProperty("approvedBy").GetString());

        await Expect("APPROVE again", ApproveMutation, new { id }, "INVALID_TRANSITION", "APPROVED");
        await Expect("RETURN approved", ReturnMutation, new { id, reason = "补充材料" }, "INVALID_TRANSITION", "APPROVED");
        await Expect("SUBMIT approved", SubmitMutation, new { id }, "INVALID_TRANSITION", "APPROVED");
        await Expect("SCORE approved", ScoreMutation, new { id, scores = new[] { new { standard = "II-1.1", score = 1 } } }, "ASSESSMENT_LOCKED", "APPROVED");
    }

    [Fact]
    public async Task A_returned_assessment_is_a_draft_again_with_the_reason_and_can_be_rescored_and_resubmitted()
    {
        var id = (await Host.CreateAssessmentAsync(UnitTree.NewId(), "2027-H1")).GetProperty("id").GetString()!;
        var token = Host.Platform();
        await Host.ScoreAllAsync(id, (_, points) => points);
        (await Host.PostAsync(SubmitMutation, new { id }, token)).Ok();

        var returned = (await Host.PostAsync(ReturnMutation, new { id, reason = " 资金保障材料不全 " }, token)).Ok().GetProperty("returnAssessment");
        var rescored = (await Host.PostAsync(ScoreMutation, new { id, scores = new[] { new { standard = "II-4.1", score = 1 } } }, token)).Ok().GetProperty("scoreAssessment");
        var resubmitted = (await Host.PostAsync(SubmitMutation, new { id }, token)).Ok().GetProperty("submitAssessment");

        Assert.Equal("DRAFT", returned.GetProperty("status").GetString());
        Assert.Equal("资金保障材料不全", returned.GetProperty("returnReason").GetString());
        Assert.Equal(108, rescored.GetProperty("total").GetDouble());
        Assert.Equal("SUBMITTED", resubmitted.GetProperty("status").GetString());
        Assert.Equal("SUBMITTED", await Host.StatusAsync(id));
    }

    [Theory]
    [InlineData("2026-H3")]
    [InlineData("2026")]
    [InlineData("1999-H1")]
    [InlineData("26-H1")]
    public async Task A_period_that_is_not_a_half_year_is_refused(string period)
    {
        var response = await Host.PostAsync(CreateMutation, new { unit = UnitTree.NewId(), period }, Host.Platform());

        Assert.Equal("INVALID_PERIOD", response.ErrorCode());
    }

    [Fact]
    public async Task A_unit_has_one_assessment_per_period_and_a_malformed_or_unknown_id_is_refused()
    {
        var unit = UnitTree.NewId();
        await Host.CreateAssessmentAsync(unit, "2026-h1");

        var again = await Host.PostAsync(CreateMutation, new { unit, period = "2026-H1" }, Host.Platform());
        var malformed = await Host.PostAsync(SubmitMutation, new { id = "nope" }, Host.Platform());
        var unknown = await Host.PostAsync(SubmitMutation, new { id = UnitTree.NewId() }, Host.Platform());
        var anonymous = await Host.PostAsync(CreateMutation, new { unit, period = "2026-H2" });

        Assert.Equal("ASSESSMENT_EXISTS", again.ErrorCode());
        Assert.Equal("INVALID_ID", malformed.ErrorCode());
        Assert.Equal("ASSESSMENT_NOT_FOUND", unknown.ErrorCode());
        Assert.Equal("UNAUTHENTICATED", anonymous.ErrorCode());
    }

    private async Task Expect(string step, string mutation, object variables, string code, string statusAfter)
    {
        var id = (string)variables.GetType().GetProperty("id")!.GetValue(variables)!;
        var response = await Host.PostAsync(mutation, variables, Host.Platform());
        Assert.True(response.ErrorCode() == code, $"{step}: {response.Text}");
        Assert.Equal(statusAfter, await Host.StatusAsync(id));
    }
}
