using Platform.Hosting.Security;

namespace Platform.Volunteers.Tests;

/// <summary>The points bank: earned per hour, redeemed idempotently by key (also concurrently), never negative, adjusted by corrections.</summary>
public sealed class PointsTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private VolunteersHost Host => fixture.Host;

    [Fact]
    public async Task Service_earns_points_at_the_configured_rate()
    {
        var (_, volunteer) = await VolunteerWithHoursAsync(7.5);

        var view = await Host.VolunteerAsync(volunteer, "pointsBalance pointsLedger { kind points balanceAfter serviceRecordVersionId }");

        Assert.Equal(7.5 * VolunteersHost.PointsPerHour, view.GetProperty("pointsBalance").GetInt64());
        var entry = Assert.Single(view.GetProperty("pointsLedger").EnumerateArray());
        Assert.Equal("EARN", entry.GetProperty("kind").GetString());
        Assert.Equal(75, entry.GetProperty("balanceAfter").GetInt64());
    }

    [Fact]
    public async Task The_same_key_twice_applies_once_and_returns_the_same_entry()
    {
        var (unit, volunteer) = await VolunteerWithHoursAsync(10);

        var first = (await Host.RedeemRawAsync(volunteer, 30, "order-1", Host.UnitAdmin(unit))).Ok().GetProperty("redeemPoints");
        var second = (await Host.RedeemRawAsync(volunteer, 30, "order-1", Host.UnitAdmin(unit))).Ok().GetProperty("redeemPoints");
        var reused = await Host.RedeemRawAsync(volunteer, 40, "order-1", Host.UnitAdmin(unit));

        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.Equal(-30, first.GetProperty("points").GetInt64());
        Assert.Equal(70, first.GetProperty("balanceAfter").GetInt64());
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", reused.ErrorCode());
        Assert.Equal(70, (await Host.VolunteerAsync(volunteer, "pointsBalance")).GetProperty("pointsBalance").GetInt64());
    }

    [Fact]
    public async Task Concurrent_redemptions_with_one_key_apply_once()
    {
        var (unit, volunteer) = await VolunteerWithHoursAsync(10);
        var token = Host.UnitAdmin(unit);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Host.RedeemRawAsync(volunteer, 25, "concurrent-key", token)));

        Assert.All(results, r => Assert.False(r.HasErrors, r.Text));
        Assert.Single(results.Select(r => r.Data.GetProperty("redeemPoints").GetProperty("id").GetString()).Distinct());
        var view = await Host.VolunteerAsync(volunteer, "pointsBalance pointsLedger { kind }");
        Assert.Equal(75, view.GetProperty("pointsBalance").GetInt64());
        Assert.Equal(1, view.GetProperty("pointsLedger").EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "REDEEM"));
    }

    [Fact]
    public async Task The_balance_never_goes_negative_even_under_concurrent_redemptions()
    {
        var (unit, volunteer) = await VolunteerWithHoursAsync(10);
        var token = Host.UnitAdmin(unit);

        var tooMuch = await Host.RedeemRawAsync(volunteer, 101, "too-much", token);
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Host.RedeemRawAsync(volunteer, 30, "spend-" + i, token)));
        var zero = await Host.RedeemRawAsync(volunteer, 0, "zero", token);

        Assert.Equal("INSUFFICIENT_POINTS", tooMuch.ErrorCode());
        Assert.Equal(3, results.Count(r => !r.HasErrors));
        Assert.All(results.Where(r => r.HasErrors), r => Assert.Equal("INSUFFICIENT_POINTS", r.ErrorCode()));
        Assert.Equal("INVALID_POINTS", zero.ErrorCode());
        Assert.Equal(10, (await Host.VolunteerAsync(volunteer, "pointsBalance")).GetProperty("pointsBalance").GetInt64());
    }

    [Fact]
    public async Task A_refused_redemption_does_not_use_up_its_key()
    {
        var (unit, volunteer) = await VolunteerWithHoursAsync(1);
        var token = Host.UnitAdmin(unit);

        var refused = await Host.RedeemRawAsync(volunteer, 20, "retry-later", token);
        await Host.RecordAsync(volunteer, unit, 2, "2026-02-02");
        var later = await Host.RedeemRawAsync(volunteer, 20, "retry-later", token);

        Assert.Equal("INSUFFICIENT_POINTS", refused.ErrorCode());
        Assert.Equal(10, later.Ok().GetProperty("redeemPoints").GetProperty("balanceAfter").GetInt64());
    }

    [Fact]
    public async Task Corrections_and_revocations_adjust_points_down_to_zero_at_most()
    {
        var unit = VolunteerClient.NewUnit();
        var volunteer = await Host.RegisterAsync(unit);
        var record = await Host.RecordAsync(volunteer, unit, 10);
        var admin = Host.UnitAdmin(unit);

        var corrected = (await Host.PostAsync("mutation($id: ID!) { correctServiceRecord(id: $id, input: { hours: 6, reason: \"改为6小时\" }) { id } }", new { id = record }, admin))
            .Ok().GetProperty("correctServiceRecord").GetProperty("id").GetString();
        await Host.RedeemRawAsync(volunteer, 50, "spend", admin);
        var revoke = await Host.PostAsync("mutation($id: ID!) { revokeServiceRecord(id: $id, reason: \"撤销\") { id } }", new { id = corrected }, admin);
        var view = await Host.VolunteerAsync(volunteer, "pointsBalance pointsLedger { kind points balanceAfter }");

        Assert.False(revoke.HasErrors, revoke.Text);
        Assert.Equal(
            ["EARN 100 100", "ADJUST -40 60", "REDEEM -50 10", "ADJUST -10 0"],
            view.GetProperty("pointsLedger").EnumerateArray().Select(e => $"{e.GetProperty("kind").GetString()} {e.GetProperty("points").GetInt64()} {e.GetProperty("balanceAfter").GetInt64()}"));
        Assert.Equal(0, view.GetProperty("pointsBalance").GetInt64());
    }

    [Fact]
    public async Task A_volunteer_redeems_their_own_points_but_not_another_volunteers()
    {
        var (_, volunteer) = await VolunteerWithHoursAsync(2);
        var (_, other) = await VolunteerWithHoursAsync(2);
        var self = Host.Token(PlatformRoles.Volunteer, volunteerId: volunteer);

        var own = await Host.RedeemRawAsync(volunteer, 5, "self", self);
        var foreign = await Host.RedeemRawAsync(other, 5, "foreign", self);

        Assert.False(own.HasErrors, own.Text);
        Assert.Equal("FORBIDDEN", foreign.ErrorCode());
    }

    private async Task<(string Unit, string Volunteer)> VolunteerWithHoursAsync(double hours)
    {
        var unit = VolunteerClient.NewUnit();
        var volunteer = await Host.RegisterAsync(unit);
        await Host.RecordAsync(volunteer, unit, hours);
        return (unit, volunteer);
    }
}
