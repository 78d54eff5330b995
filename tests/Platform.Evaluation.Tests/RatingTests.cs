using System.Text.Json;
using Platform.Hosting.Security;
using static Platform.Evaluation.Tests.EvaluationClient;

namespace Platform.Evaluation.Tests;

/// <summary>
/// Citizens' ratings (1–5) of activities and service orders, and the figures computed from them and from demand
/// messages: satisfaction = share of ratings of 4 or 5; a project's demand rate = its share of the unit's demand messages.
/// </summary>
public sealed class RatingTests(TreeFixture fixture) : IClassFixture<TreeFixture>
{
    private const string Satisfaction = """
        query($r: [_Any!]!, $period: String) { _entities(representations: $r) { ... on OrgUnit { id satisfaction(period: $period) {
          period ratings satisfied satisfactionRate averageScore demands complaints suggestions
          projects { projectId ratings satisfied satisfactionRate demands demandRate } } } } }
        """;

    private EvaluationHost Host => fixture.Host;

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public async Task A_rating_outside_one_to_five_is_refused_and_not_stored(int score)
    {
        var activity = UnitTree.NewId();

        var response = await Host.PostAsync(RateActivityMutation, new { input = new { subjectId = activity, unitId = UnitTree.NewId(), score } });

        Assert.Equal("INVALID_RATING", response.ErrorCode());
        Assert.Equal(0, (await FeedbackAsync(activity)).GetProperty("ratings").GetInt32());
    }

    [Fact]
    public async Task Ratings_of_one_and_five_are_kept_a_signed_in_rater_rates_once_anonymous_raters_each_count()
    {
        var activity = UnitTree.NewId();
        var unit = UnitTree.NewId();
        var volunteer = Host.Token(PlatformRoles.Volunteer);
        Host.Clock.Set(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

        var rated = await Host.PostAsync(RateActivityMutation, new { input = new { subjectId = activity, unitId = unit, score = 5, comment = "很好" } }, volunteer);
        var again = await Host.PostAsync(RateActivityMutation, new { input = new { subjectId = activity, unitId = unit, score = 1 } }, volunteer);
        await Host.RateActivityAsync(activity, unit, 1);
        await Host.RateActivityAsync(activity, unit, 1);
        var order = await Host.PostAsync("mutation($input: RatingInput!) { rateServiceOrder(input: $input) { score serviceOrder { id } activity { id } } }",
            new { input = new { subjectId = activity, unitId = unit, score = 4 } }, volunteer);
        var longComment = await Host.PostAsync(RateActivityMutation, new { input = new { subjectId = activity, unitId = unit, score = 3, comment = new string('长', 501) } });

        Assert.Equal("2026-H1", rated.Ok().GetProperty("rateActivity").GetProperty("period").GetString());
        Assert.Equal("DUPLICATE_RATING", again.ErrorCode());
        Assert.Equal(activity, order.Ok().GetProperty("rateServiceOrder").GetProperty("serviceOrder").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, order.Data.GetProperty("rateServiceOrder").GetProperty("activity").ValueKind);
        Assert.Equal("INVALID_COMMENT", longComment.ErrorCode());
        var feedback = await FeedbackAsync(activity);
        Assert.Equal(3, feedback.GetProperty("ratings").GetInt32());
        Assert.Equal(1, feedback.GetProperty("satisfied").GetInt32());
        Assert.Equal(1.0 / 3, feedback.GetProperty("satisfactionRate").GetDouble(), 9);
        Assert.Equal(7.0 / 3, feedback.GetProperty("averageScore").GetDouble(), 9);
    }

    [Fact]
    public async Task Satisfaction_and_demand_rates_per_unit_and_project_count_only_the_period_asked_for()
    {
        var unit = UnitTree.NewId();
        var (library, lectures) = (UnitTree.NewId(), UnitTree.NewId());
        Host.Clock.Set(new DateTimeOffset(2026, 6, 30, 15, 59, 0, TimeSpan.Zero)); // 2026-06-30 23:59 in China: still H1
        foreach (var (score, project) in new[] { (5, library), (4, library), (2, library), (3, lectures), (5, (string?)null) })
        {
            await Host.RateActivityAsync(UnitTree.NewId(), unit, score, project);
        }

        foreach (var project in new[] { library, library, lectures, null })
        {
            await Host.SendMessageAsync(Message(unit, "DEMAND", "想要更多图书", projectId: project));
        }

        await Host.SendMessageAsync(Message(unit, "COMPLAINT"));
        Host.Clock.Set(new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.Zero)); // 2026-07-01 00:00 in China: H2
        await Host.RateActivityAsync(UnitTree.NewId(), unit, 1, library);
        await Host.SendMessageAsync(Message(unit, "DEMAND", "新学期辅导", projectId: lectures));
        await Host.SendMessageAsync(Message(unit, "SUGGESTION"));

        var firstHalf = await SatisfactionAsync(unit, "2026-H1");
        var secondHalf = await SatisfactionAsync(unit, "2026-H2");
        var allTime = await SatisfactionAsync(unit, null);

        Assert.Equal((5, 3, 0.6, 4, 1, 0), Figures(firstHalf));
        Assert.Equal(3.8, firstHalf.GetProperty("averageScore").GetDouble(), 9);
        var projects = firstHalf.GetProperty("projects").EnumerateArray().ToList();
        Assert.Equal([library, lectures], projects.Select(p => p.GetProperty("projectId").GetString()));
        Assert.Equal(2.0 / 3, projects[0].GetProperty("satisfactionRate").GetDouble(), 9);
        Assert.Equal(0.5, projects[0].GetProperty("demandRate").GetDouble());
        Assert.Equal(0, projects[1].GetProperty("satisfactionRate").GetDouble());
        Assert.Equal(0.25, projects[1].GetProperty("demandRate").GetDouble());
        Assert.Equal((1, 0, 0.0, 1, 0, 1), Figures(secondHalf));
        Assert.Equal((6, 3, 0.5, 5, 1, 1), Figures(allTime));
        Assert.Equal(JsonValueKind.Null, allTime.GetProperty("period").ValueKind);
    }

    [Fact]
    public async Task A_unit_without_feedback_has_zero_counts_and_null_rates()
    {
        var figures = await SatisfactionAsync(UnitTree.NewId(), "2026-H1");

        Assert.Equal(0, figures.GetProperty("ratings").GetInt32());
        Assert.Equal(JsonValueKind.Null, figures.GetProperty("satisfactionRate").ValueKind);
        Assert.Equal(JsonValueKind.Null, figures.GetProperty("averageScore").ValueKind);
        Assert.Empty(figures.GetProperty("projects").EnumerateArray());
    }

    private static (int, int, double, int, int, int) Figures(JsonElement figures) => (
        figures.GetProperty("ratings").GetInt32(),
        figures.GetProperty("satisfied").GetInt32(),
        figures.GetProperty("satisfactionRate").GetDouble(),
        figures.GetProperty("demands").GetInt32(),
        figures.GetProperty("complaints").GetInt32(),
        figures.GetProperty("suggestions").GetInt32());

    private async Task<JsonElement> SatisfactionAsync(string unit, string? period) =>
        (await Host.PostAsync(Satisfaction, new { r = new[] { new { __typename = "OrgUnit", id = unit } }, period })).Ok()
            .GetProperty("_entities")[0].GetProperty("satisfaction");

    private async Task<JsonElement> FeedbackAsync(string activity) =>
        (await Host.PostAsync("query($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { feedback { ratings satisfied satisfactionRate averageScore } } } }",
            new { r = new[] { new { __typename = "Activity", id = activity } } })).Ok().GetProperty("_entities")[0].GetProperty("feedback");
}
