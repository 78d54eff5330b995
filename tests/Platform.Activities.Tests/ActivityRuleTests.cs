using static Platform.Activities.Tests.ActivityClient;

namespace Platform.Activities.Tests;

/// <summary>An activity's details and status machine: bad input and illegal transitions are refused with a code and change nothing.</summary>
public sealed class ActivityRuleTests(ActivityHostFixture fixture) : IClassFixture<ActivityHostFixture>
{
    private ActivitiesHost Host => fixture.Host;

    [Fact]
    public async Task A_created_activity_is_a_draft_with_its_details()
    {
        var team = NewId();
        var venue = NewId();
        var id = await Host.CreateAsync(NewId(), Details(title: "  文化惠民演出 ", content: "ENRICH_CULTURE", capacity: 30, teams: [team, team], venue: venue));

        var activity = await Host.ActivityAsync(id, "title content serviceKind status isPublic capacity participantCount pictureUrls startsAt endsAt teams { id } venue { id } publishedAt");

        Assert.Equal("文化惠民演出", activity.GetProperty("title").GetString());
        Assert.Equal("ENRICH_CULTURE", activity.GetProperty("content").GetString());
        Assert.Equal("DRAFT", activity.GetProperty("status").GetString());
        Assert.Equal(30, activity.GetProperty("capacity").GetInt32());
        Assert.Equal(0, activity.GetProperty("participantCount").GetInt32());
        Assert.Equal([team], activity.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Equal(venue, activity.GetProperty("venue").GetProperty("id").GetString());
        Assert.Equal(Start, DateTimeOffset.Parse(activity.GetProperty("startsAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, activity.GetProperty("publishedAt").ValueKind);
    }

    public static TheoryData<string, object> BadDetails => new()
    {
        { "INVALID_TEXT", Details(title: "   ") },
        { "INVALID_TEXT", Details(title: new string('长', 101)) },
        { "INVALID_ACTIVITY_TIMES", Details(hours: 0) },
        { "INVALID_ACTIVITY_TIMES", Details(hours: -1) },
        { "INVALID_ACTIVITY_TIMES", Details(hours: 24 * 8) },
        { "INVALID_PICTURE", Details(pictures: [.. Enumerable.Range(0, 10).Select(i => $"https://example.org/{i}.jpg")]) },
        { "INVALID_PICTURE", Details(pictures: ["ftp://example.org/a.jpg"]) },
        { "INVALID_PICTURE", Details(pictures: ["not a link"]) },
        { "INVALID_CAPACITY", Details(capacity: 0) },
        { "INVALID_ID", Details(teams: ["team-1"]) },
        { "INVALID_ID", Details(venue: "venue-1") },
    };

    [Theory]
    [MemberData(nameof(BadDetails))]
    public async Task Bad_details_are_refused_on_update_and_leave_the_activity_as_it_was(string code, object details)
    {
        var id = await Host.CreateAsync(NewId(), Details(title: "原标题"));

        var response = await Host.PostAsync(Update, new { id, input = details }, Host.PlatformAdmin());

        Assert.Equal(code, response.ErrorCode());
        Assert.Equal("原标题", (await Host.ActivityAsync(id, "title")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Bad_details_on_create_save_nothing()
    {
        var unit = NewId();

        var response = await Host.PostAsync(Create, new { unit, input = Details(hours: 0) }, Host.PlatformAdmin());
        var listed = await Host.PostAsync(
            "query($reps: [_Any!]!) { _entities(representations: $reps) { ... on OrgUnit { activities { totalCount } } } }",
            new { reps = new[] { new { __typename = "OrgUnit", id = unit } } }, Host.PlatformAdmin());

        Assert.Equal("INVALID_ACTIVITY_TIMES", response.ErrorCode());
        Assert.Equal(0, listed.Ok().GetProperty("_entities")[0].GetProperty("activities").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData(new[] { "completeActivity" }, "DRAFT")]
    [InlineData(new[] { "publishActivity", "publishActivity" }, "PUBLISHED")]
    [InlineData(new[] { "cancelActivity", "publishActivity" }, "CANCELLED")]
    [InlineData(new[] { "cancelActivity", "cancelActivity" }, "CANCELLED")]
    [InlineData(new[] { "publishActivity", "completeActivity", "cancelActivity" }, "COMPLETED")]
    [InlineData(new[] { "publishActivity", "completeActivity", "publishActivity" }, "COMPLETED")]
    public async Task An_illegal_transition_is_refused_and_changes_nothing(string[] steps, string statusBefore)
    {
        Host.Clock.Set(Start.AddHours(1));
        var id = await Host.CreateAsync(NewId());
        foreach (var step in steps[..^1])
        {
            (await Host.MoveAsync(step, id)).Ok();
        }

        var before = await Host.ActivityAsync(id, "status updatedAt");
        Host.Clock.Set(Start.AddHours(2));
        var refused = await Host.MoveAsync(steps[^1], id);
        var after = await Host.ActivityAsync(id, "status updatedAt");

        Assert.Equal("INVALID_ACTIVITY_TRANSITION", refused.ErrorCode());
        Assert.Equal(statusBefore, after.GetProperty("status").GetString());
        Assert.Equal(before.GetProperty("updatedAt").GetString(), after.GetProperty("updatedAt").GetString());
    }

    [Fact]
    public async Task The_legal_path_publishes_then_completes_once_started()
    {
        Host.Clock.Set(Start.AddDays(-3));
        var id = await Host.CreateAsync(NewId());

        var published = await Host.MoveAsync("publishActivity", id);
        var early = await Host.MoveAsync("completeActivity", id);
        Host.Clock.Set(Start.AddMinutes(30));
        var completed = await Host.MoveAsync("completeActivity", id);
        var edit = await Host.PostAsync(Update, new { id, input = Details() }, Host.PlatformAdmin());

        Assert.Equal("PUBLISHED", published.Ok().GetProperty("publishActivity").GetProperty("status").GetString());
        Assert.Equal("ACTIVITY_NOT_STARTED", early.ErrorCode());
        Assert.Equal("COMPLETED", completed.Ok().GetProperty("completeActivity").GetProperty("status").GetString());
        Assert.Equal("ACTIVITY_CLOSED", edit.ErrorCode());
        Assert.Equal(Start.AddDays(-3), DateTimeOffset.Parse((await Host.ActivityAsync(id, "publishedAt")).GetProperty("publishedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_published_activity_stays_public_or_internal()
    {
        var id = await Host.CreatePublishedAsync(NewId(), Details(isPublic: true));

        var response = await Host.PostAsync(Update, new { id, input = Details(isPublic: false) }, Host.PlatformAdmin());

        Assert.Equal("VISIBILITY_LOCKED", response.ErrorCode());
        Assert.True((await Host.ActivityAsync(id, "isPublic")).GetProperty("isPublic").GetBoolean());
    }

    [Fact]
    public async Task Drafts_are_the_organizers_and_internal_activities_need_a_signed_in_caller()
    {
        var draft = await Host.CreateAsync(NewId());
        var internalOne = await Host.CreatePublishedAsync(NewId(), Details(isPublic: false));
        const string Query = "query($id: ID!) { activity(id: $id) { id } }";

        var draftAnonymous = await Host.PostAsync(Query, new { id = draft });
        var draftVolunteer = await Host.PostAsync(Query, new { id = draft }, Host.Volunteer(NewId()));
        var internalAnonymous = await Host.PostAsync(Query, new { id = internalOne });
        var internalVolunteer = await Host.PostAsync(Query, new { id = internalOne }, Host.Volunteer(NewId()));

        Assert.Equal(System.Text.Json.JsonValueKind.Null, draftAnonymous.Ok().GetProperty("activity").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, draftVolunteer.Ok().GetProperty("activity").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, internalAnonymous.Ok().GetProperty("activity").ValueKind);
        Assert.Equal(internalOne, internalVolunteer.Ok().GetProperty("activity").GetProperty("id").GetString());
    }
}
