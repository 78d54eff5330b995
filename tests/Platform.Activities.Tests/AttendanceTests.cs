using static Platform.Activities.Tests.ActivityClient;

namespace Platform.Activities.Tests;

/// <summary>Volunteers sign up (within capacity), cancel, and check in and out with the organizer's code; hours stay inside the activity's time.</summary>
public sealed class AttendanceTests(ActivityHostFixture fixture) : IClassFixture<ActivityHostFixture>
{
    private ActivitiesHost Host => fixture.Host;

    [Fact]
    public async Task Sign_up_stops_at_capacity_and_a_cancelled_place_can_be_taken_again()
    {
        Host.Clock.Set(Start.AddDays(-1));
        var id = await Host.CreatePublishedAsync(NewId(), Details(capacity: 1));
        var (first, second) = (NewId(), NewId());

        var signedUp = await Host.AttendAsync("signUpForActivity", id, first);
        var again = await Host.AttendAsync("signUpForActivity", id, first);
        var full = await Host.AttendAsync("signUpForActivity", id, second);
        var cancelled = await Host.AttendAsync("cancelActivitySignUp", id, first);
        var taken = await Host.AttendAsync("signUpForActivity", id, second);

        signedUp.Ok();
        Assert.Equal("ALREADY_SIGNED_UP", again.ErrorCode());
        Assert.Equal("ACTIVITY_FULL", full.ErrorCode());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, cancelled.Ok().GetProperty("cancelActivitySignUp").GetProperty("cancelledAt").ValueKind);
        taken.Ok();
        Assert.Equal(1, (await Host.ActivityAsync(id, "signUpCount")).GetProperty("signUpCount").GetInt32());
        Assert.Equal([second], (await Host.ActivityAsync(id, "signUps { volunteer { id } }")).GetProperty("signUps").EnumerateArray()
            .Select(s => s.GetProperty("volunteer").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Only_a_volunteer_signs_up_and_only_for_a_published_activity()
    {
        Host.Clock.Set(Start.AddDays(-1));
        var draft = await Host.CreateAsync(NewId());
        var published = await Host.CreatePublishedAsync(NewId());

        var toDraft = await Host.AttendAsync("signUpForActivity", draft, NewId());
        var asAdmin = await Host.PostAsync("mutation($a: ID!) { signUpForActivity(activityId: $a) { hours } }", new { a = published }, Host.PlatformAdmin());
        var anonymous = await Host.PostAsync("mutation($a: ID!) { signUpForActivity(activityId: $a) { hours } }", new { a = published });

        Assert.Equal("ACTIVITY_NOT_FOUND", toDraft.ErrorCode());
        Assert.Equal("FORBIDDEN", asAdmin.ErrorCode());
        Assert.Equal("UNAUTHENTICATED", anonymous.ErrorCode());
    }

    [Fact]
    public async Task A_wrong_or_rotated_code_is_refused_and_counts_nobody()
    {
        Host.Clock.Set(Start.AddDays(-1));
        var id = await Host.CreatePublishedAsync(NewId());
        var volunteer = NewId();
        (await Host.AttendAsync("signUpForActivity", id, volunteer)).Ok();
        var oldCode = await Host.CodeAsync(id);
        var rotated = await Host.PostAsync("mutation($id: ID!) { rotateActivityCheckInCode(id: $id) { checkInCode } }", new { id }, Host.PlatformAdmin());
        var newCode = rotated.Ok().GetProperty("rotateActivityCheckInCode").GetProperty("checkInCode").GetString()!;
        Host.Clock.Set(Start);

        var wrong = await Host.AttendAsync("checkInToActivity", id, volunteer, "ZZZZZZ" == newCode ? "YYYYYY" : "ZZZZZZ");
        var old = await Host.AttendAsync("checkInToActivity", id, volunteer, oldCode);
        var counted = (await Host.ActivityAsync(id, "participantCount")).GetProperty("participantCount").GetInt32();
        var right = await Host.AttendAsync("checkInToActivity", id, volunteer, newCode.ToLowerInvariant());

        Assert.NotEqual(oldCode, newCode);
        Assert.Equal("WRONG_CHECK_IN_CODE", wrong.ErrorCode());
        Assert.Equal("WRONG_CHECK_IN_CODE", old.ErrorCode());
        Assert.Equal(0, counted);
        right.Ok();
        Assert.Equal(1, (await Host.ActivityAsync(id, "participantCount")).GetProperty("participantCount").GetInt32());
    }

    [Fact]
    public async Task The_code_is_for_the_organizers_eyes_only()
    {
        var id = await Host.CreatePublishedAsync(NewId());

        var volunteer = await Host.PostAsync("query($id: ID!) { activity(id: $id) { title checkInCode } }", new { id }, Host.Volunteer(NewId()));
        var anonymous = await Host.PostAsync("query($id: ID!) { activity(id: $id) { title signUps { hours } } }", new { id });

        Assert.Equal("FORBIDDEN", volunteer.ErrorCode());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, volunteer.Data.GetProperty("activity").GetProperty("checkInCode").ValueKind);
        Assert.Equal("UNAUTHENTICATED", anonymous.ErrorCode());
    }

    [Fact]
    public async Task Check_in_opens_an_hour_before_the_start_and_closes_at_the_end()
    {
        Host.Clock.Set(Start.AddDays(-1));
        var id = await Host.CreatePublishedAsync(NewId(), Details(hours: 2));
        var (early, late) = (NewId(), NewId());
        (await Host.AttendAsync("signUpForActivity", id, early)).Ok();
        (await Host.AttendAsync("signUpForActivity", id, late)).Ok();
        var code = await Host.CodeAsync(id);

        Host.Clock.Set(Start.AddMinutes(-61));
        var tooEarly = await Host.AttendAsync("checkInToActivity", id, early, code);
        var checkOutFirst = await Host.AttendAsync("checkOutOfActivity", id, early, code);
        Host.Clock.Set(Start.AddHours(2).AddSeconds(1));
        var tooLate = await Host.AttendAsync("checkInToActivity", id, late, code);

        Assert.Equal("CHECK_IN_CLOSED", tooEarly.ErrorCode());
        Assert.Equal("NOT_CHECKED_IN", checkOutFirst.ErrorCode());
        Assert.Equal("CHECK_IN_CLOSED", tooLate.ErrorCode());
    }

    [Theory]
    [InlineData(-30, 180, 2.0)]   // early and late: bounded by the activity's two hours
    [InlineData(30, 90, 1.0)]     // inside the activity: the time between
    [InlineData(15, 500, 1.75)]   // checked out long after the end: counted to the end
    public async Task Hours_run_from_check_in_to_check_out_within_the_activitys_time(int inMinutes, int outMinutes, double hours)
    {
        Host.Clock.Set(Start.AddDays(-1));
        var id = await Host.CreatePublishedAsync(NewId(), Details(hours: 2));
        var volunteer = NewId();
        (await Host.AttendAsync("signUpForActivity", id, volunteer)).Ok();
        var code = await Host.CodeAsync(id);

        Host.Clock.Set(Start.AddMinutes(inMinutes));
        (await Host.AttendAsync("checkInToActivity", id, volunteer, code)).Ok();
        Host.Clock.Set(Start.AddMinutes(outMinutes));
        var checkedOut = await Host.AttendAsync("checkOutOfActivity", id, volunteer, code);
        var twice = await Host.AttendAsync("checkOutOfActivity", id, volunteer, code);

        Assert.Equal(hours, checkedOut.Ok().GetProperty("checkOutOfActivity").GetProperty("hours").GetDouble());
        Assert.Equal("ALREADY_CHECKED_OUT", twice.ErrorCode());
        var mine = await Host.ActivityAsync(id, "mySignUp { hours }", Host.Volunteer(volunteer));
        Assert.Equal(hours, mine.GetProperty("mySignUp").GetProperty("hours").GetDouble());
    }
}
