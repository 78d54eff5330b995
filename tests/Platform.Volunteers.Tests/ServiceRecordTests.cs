namespace Platform.Volunteers.Tests;

/// <summary>Service records: hours above 0, at most 24 a day across records, corrections and revocations kept as history.</summary>
public sealed class ServiceRecordTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Correct = "mutation($id: ID!, $input: CorrectServiceInput!) { correctServiceRecord(id: $id, input: $input) { id recordId version previousVersionId hours reason } }";
    private const string Revoke = "mutation($id: ID!) { revokeServiceRecord(id: $id, reason: \"重复录入\") { id version revoked hours } }";

    private VolunteersHost Host => fixture.Host;

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(24.5)]
    [InlineData(0.001)]
    public async Task Hours_must_be_more_than_zero_and_at_most_a_day(double hours)
    {
        var unit = VolunteerClient.NewUnit();
        var volunteer = await Host.RegisterAsync(unit);

        var response = await Host.RecordRawAsync(volunteer, unit, hours);

        Assert.Equal("INVALID_HOURS", response.ErrorCode());
    }

    [Fact]
    public async Task A_volunteer_serves_at_most_24_hours_a_day_across_records_and_units()
    {
        var unit = VolunteerClient.NewUnit();
        var otherUnit = VolunteerClient.NewUnit();
        var volunteer = await Host.RegisterAsync(unit);

        await Host.RecordAsync(volunteer, unit, 20, "2026-03-02");
        var fits = await Host.RecordRawAsync(volunteer, otherUnit, 4, "2026-03-02");
        var over = await Host.RecordRawAsync(volunteer, unit, 0.5, "2026-03-02");
        var nextDay = await Host.RecordRawAsync(volunteer, unit, 24, "2026-03-03");

        Assert.False(fits.HasErrors, fits.Text);
        Assert.Equal("DAILY_HOURS_EXCEEDED", over.ErrorCode());
        Assert.False(nextDay.HasErrors, nextDay.Text);
        Assert.Equal(48, (await Host.VolunteerAsync(volunteer, "totalHours")).GetProperty("totalHours").GetDouble());
    }

    [Fact]
    public async Task Concurrent_records_for_one_day_never_exceed_24_hours()
    {
        var unit = VolunteerClient.NewUnit();
        var volunteer = await Host.RegisterAsync(unit);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Host.RecordRawAsync(volunteer, unit, 5, "2026-03-04")));

        Assert.Equal(4, results.Count(r => !r.HasErrors));
        Assert.All(results.Where(r => r.HasErrors), r => Assert.Equal("DAILY_HOURS_EXCEEDED", r.ErrorCode()));
        Assert.Equal(20, (await Host.VolunteerAsync(volunteer, "totalHours")).GetProperty("totalHours").GetDouble());
    }

    [Fact]
    public async Task A_correction_is_a_new_version_linked_to_the_old_one_which_stays()
    {
        var unit = VolunteerClient.NewUnit();
        var volunteer = await Host.RegisterAsync(unit);
        var first = await Host.RecordAsync(volunteer, unit, 3);

        var corrected = (await Host.PostAsync(Correct, new { id = first, input = new { hours = 5, reason = "少录了两小时" } }, Host.UnitAdmin(unit)))
            .Ok().GetProperty("correctServiceRecord");
        var again = await Host.PostAsync(Correct, new { id = first, input = new { hours = 1, reason = "再改" } }, Host.UnitAdmin(unit));
        var history = (await Host.PostAsync("query($id: ID!) { serviceRecord(id: $id) { history { id version hours previousVersionId reason } } }",
            new { id = first }, Host.PlatformAdmin())).Ok().GetProperty("serviceRecord").GetProperty("history");
        var volunteerView = await Host.VolunteerAsync(volunteer, "totalHours current: serviceRecords { id } all: serviceRecords(includeHistory: true) { id }");

        Assert.Equal(first, corrected.GetProperty("recordId").GetString());
        Assert.Equal(2, corrected.GetProperty("version").GetInt32());
        Assert.Equal(first, corrected.GetProperty("previousVersionId").GetString());
        Assert.Equal("SERVICE_RECORD_SUPERSEDED", again.ErrorCode());
        Assert.Equal([3.0, 5.0], history.EnumerateArray().Select(v => v.GetProperty("hours").GetDouble()));
        Assert.Equal("少录了两小时", history[1].GetProperty("reason").GetString());
        Assert.Equal(5, volunteerView.GetProperty("totalHours").GetDouble());
        Assert.Equal(1, volunteerView.GetProperty("current").GetArrayLength());
        Assert.Equal(2, volunteerView.GetProperty("all").GetArrayLength());
    }

    [Fact]
    public async Task A_correction_counts_against_the_day_without_the_version_it_replaces()
    {
        var unit = VolunteerClient.NewUnit();
        var volunteer = await Host.RegisterAsync(unit);
        var first = await Host.RecordAsync(volunteer, unit, 20, "2026-03-05");
        await Host.RecordAsync(volunteer, unit, 2, "2026-03-05");

        var fits = await Host.PostAsync(Correct, new { id = first, input = new { hours = 22, reason = "实际22小时" } }, Host.UnitAdmin(unit));
        var current = fits.Ok().GetProperty("correctServiceRecord").GetProperty("id").GetString();
        var over = await Host.PostAsync(Correct, new { id = current, input = new { hours = 22.5, reason = "超出" } }, Host.UnitAdmin(unit));

        Assert.Equal("DAILY_HOURS_EXCEEDED", over.ErrorCode());
        Assert.Equal(24, (await Host.VolunteerAsync(volunteer, "totalHours")).GetProperty("totalHours").GetDouble());
    }

    [Fact]
    public async Task A_revocation_is_a_final_version_whose_hours_no_longer_count()
    {
        var unit = VolunteerClient.NewUnit();
        var volunteer = await Host.RegisterAsync(unit);
        await Host.RecordAsync(volunteer, unit, 2, "2026-03-06");
        var revokedRecord = await Host.RecordAsync(volunteer, unit, 6, "2026-03-07");

        var revoked = (await Host.PostAsync(Revoke, new { id = revokedRecord }, Host.UnitAdmin(unit))).Ok().GetProperty("revokeServiceRecord");
        var correctRevoked = await Host.PostAsync(Correct, new { id = revoked.GetProperty("id").GetString(), input = new { hours = 1, reason = "x" } }, Host.UnitAdmin(unit));
        var view = await Host.VolunteerAsync(volunteer, "totalHours all: serviceRecords(includeHistory: true) { id revoked }");

        Assert.True(revoked.GetProperty("revoked").GetBoolean());
        Assert.Equal(2, revoked.GetProperty("version").GetInt32());
        Assert.Equal(0, revoked.GetProperty("hours").GetDouble());
        Assert.Equal("SERVICE_RECORD_REVOKED", correctRevoked.ErrorCode());
        Assert.Equal(2, view.GetProperty("totalHours").GetDouble());
        Assert.Equal(3, view.GetProperty("all").GetArrayLength());
    }

    [Fact]
    public async Task Recording_for_an_unknown_volunteer_or_a_future_day_is_refused()
    {
        var unit = VolunteerClient.NewUnit();
        var volunteer = await Host.RegisterAsync(unit);

        var unknown = await Host.RecordRawAsync(VolunteerClient.NewUnit(), unit, 1);
        var future = await Host.RecordRawAsync(volunteer, unit, 1, DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"));

        Assert.Equal("VOLUNTEER_NOT_FOUND", unknown.ErrorCode());
        Assert.Equal("INVALID_TEXT", future.ErrorCode());
    }
}
