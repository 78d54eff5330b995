using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using static Platform.Activities.Tests.ActivityClient;

namespace Platform.Activities.Tests;

/// <summary>
/// "谁组织谁记录": after a completed activity the organizer records each attended volunteer's hours in the real
/// Volunteers module (started here), forwarding their own token; records are kept so a retry never records twice,
/// and failures are reported per volunteer and recorded by the next call once their cause is gone.
/// </summary>
public sealed class ServiceRecordingTests
{
    private const string Record =
        "mutation($id: ID!) { recordActivityService(activityId: $id) { recorded failed volunteers { volunteer { id } hours serviceRecordId alreadyRecorded errorCode errorMessage } } }";

    [Fact]
    public async Task Attended_volunteers_get_one_record_each_failures_are_reported_and_a_retry_records_the_rest()
    {
        await using var volunteers = await VolunteersModuleHost.StartAsync();
        await using var host = await ActivitiesHost.StartPostgresAsync(settings:
            [new("Auth:SigningKey", VolunteersModuleHost.SharedSigningKey), new("Platform:VolunteersUrl", volunteers.GraphQLUrl)]);
        var unit = NewId();
        var organizer = host.Token("unit-admin", unit);
        var (full, busy, leftEarly, unregistered) = (await volunteers.RegisterAsync(unit), await volunteers.RegisterAsync(unit), await volunteers.RegisterAsync(unit), NewId());
        var busyDay = await volunteers.PostAsync(
            "mutation($input: RecordServiceInput!) { recordService(input: $input) { id } }",
            new { input = new { volunteerId = busy, activityId = "other-activity", unitId = unit, serviceDate = "2026-03-01", hours = 23.5, content = "值守" } }, organizer);
        var busyRecord = busyDay.Ok().GetProperty("recordService").GetProperty("id").GetString()!;

        host.Clock.Set(Start.AddDays(-1));
        var id = await host.CreatePublishedAsync(unit, Details(title: "文明实践宣讲", hours: 2));
        var code = await host.CodeAsync(id);
        foreach (var volunteer in new[] { full, busy, leftEarly, unregistered })
        {
            (await host.AttendAsync("signUpForActivity", id, volunteer)).Ok();
        }

        host.Clock.Set(Start);
        foreach (var volunteer in new[] { full, busy, leftEarly, unregistered })
        {
            (await host.AttendAsync("checkInToActivity", id, volunteer, code)).Ok();
        }

        host.Clock.Set(Start.AddHours(1));
        (await host.AttendAsync("checkOutOfActivity", id, busy, code)).Ok();
        host.Clock.Set(Start.AddHours(3));
        (await host.AttendAsync("checkOutOfActivity", id, full, code)).Ok();
        (await host.AttendAsync("checkOutOfActivity", id, unregistered, code)).Ok();
        var beforeCompletion = await host.PostAsync(Record, new { id }, organizer);
        (await host.MoveAsync("completeActivity", id, organizer)).Ok();

        var first = (await host.PostAsync(Record, new { id }, organizer)).Ok().GetProperty("recordActivityService");
        var revoked = await volunteers.PostAsync("mutation($id: ID!) { revokeServiceRecord(id: $id, reason: \"录错了\") { id } }", new { id = busyRecord }, organizer);
        var retry = (await host.PostAsync(Record, new { id }, organizer)).Ok().GetProperty("recordActivityService");

        Assert.Equal("ACTIVITY_NOT_COMPLETED", beforeCompletion.ErrorCode());
        var firstBy = ByVolunteer(first);
        Assert.Equal(new[] { busy, full, unregistered }.Order(StringComparer.Ordinal), firstBy.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2.0, firstBy[full].GetProperty("hours").GetDouble());
        Assert.Equal(1.0, firstBy[busy].GetProperty("hours").GetDouble());
        Assert.Equal("DAILY_HOURS_EXCEEDED", firstBy[busy].GetProperty("errorCode").GetString());
        Assert.Equal("VOLUNTEER_NOT_FOUND", firstBy[unregistered].GetProperty("errorCode").GetString());
        Assert.Equal(1, first.GetProperty("recorded").GetInt32());
        Assert.Equal(2, first.GetProperty("failed").GetInt32());
        revoked.Ok();

        var retryBy = ByVolunteer(retry);
        Assert.True(retryBy[full].GetProperty("alreadyRecorded").GetBoolean());
        Assert.Equal(firstBy[full].GetProperty("serviceRecordId").GetString(), retryBy[full].GetProperty("serviceRecordId").GetString());
        Assert.Equal(JsonValueKind.Null, retryBy[busy].GetProperty("errorCode").ValueKind);
        Assert.Equal("VOLUNTEER_NOT_FOUND", retryBy[unregistered].GetProperty("errorCode").GetString());
        Assert.Equal(2, retry.GetProperty("recorded").GetInt32());

        foreach (var (volunteer, hours) in new[] { (full, 2.0), (busy, 1.0) })
        {
            var records = (await volunteers.PostAsync(
                "query($id: ID!) { volunteer(id: $id) { serviceRecords { hours serviceDate activity { id } } } }", new { id = volunteer }, organizer))
                .Ok().GetProperty("volunteer").GetProperty("serviceRecords").EnumerateArray().Where(r => r.GetProperty("activity").GetProperty("id").GetString() == id).ToList();
            var record = Assert.Single(records);
            Assert.Equal(hours, record.GetProperty("hours").GetDouble());
            Assert.Equal("2026-03-01", record.GetProperty("serviceDate").GetString());
        }
    }

    [Fact]
    public async Task When_the_volunteers_module_is_down_each_volunteer_is_reported_unavailable_and_nothing_is_kept()
    {
        await using var host = await ActivitiesHost.StartPostgresAsync(settings: [new("Platform:VolunteersUrl", $"http://127.0.0.1:{UnusedPort()}/graphql")]);
        var unit = NewId();
        host.Clock.Set(Start.AddDays(-1));
        var id = await host.CreatePublishedAsync(unit);
        var volunteer = NewId();
        (await host.AttendAsync("signUpForActivity", id, volunteer)).Ok();
        var code = await host.CodeAsync(id);
        host.Clock.Set(Start);
        (await host.AttendAsync("checkInToActivity", id, volunteer, code)).Ok();
        host.Clock.Set(Start.AddHours(1));
        (await host.AttendAsync("checkOutOfActivity", id, volunteer, code)).Ok();
        (await host.MoveAsync("completeActivity", id)).Ok();

        var report = (await host.PostAsync(Record, new { id }, host.PlatformAdmin())).Ok().GetProperty("recordActivityService");
        var signUp = (await host.ActivityAsync(id, "signUps { serviceRecordId recordErrorCode }")).GetProperty("signUps")[0];

        Assert.Equal("VOLUNTEERS_UNAVAILABLE", report.GetProperty("volunteers")[0].GetProperty("errorCode").GetString());
        Assert.Equal(JsonValueKind.Null, signUp.GetProperty("serviceRecordId").ValueKind);
        Assert.Equal("VOLUNTEERS_UNAVAILABLE", signUp.GetProperty("recordErrorCode").GetString());
    }

    private static Dictionary<string, JsonElement> ByVolunteer(JsonElement report) =>
        report.GetProperty("volunteers").EnumerateArray().ToDictionary(v => v.GetProperty("volunteer").GetProperty("id").GetString()!);

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
