using static Platform.Venues.Tests.VenueClient;

namespace Platform.Venues.Tests;

/// <summary>
/// Whether a venue is open, by its schedule in Asia/Shanghai local time (UTC+8): <c>openNow</c> at instants set on the
/// module's clock, <c>openAt</c> at instants given in the query with any offset.
/// </summary>
public sealed class OpenNowTests(OpenNowTests.Fixture fixture) : IClassFixture<OpenNowTests.Fixture>
{
    // 2026-11-23 is a Monday.
    private static readonly DateTimeOffset MondayMidnightShanghai = new(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(8));

    private VenuesHost Host => fixture.Host;

    private string Venue => fixture.Venue;

    [Theory]
    [InlineData(0, 9, 0, true)]
    [InlineData(0, 16, 59, true)]
    [InlineData(0, 17, 0, false)]
    [InlineData(0, 8, 59, false)]
    [InlineData(4, 23, 30, true)]
    [InlineData(5, 1, 59, true)]
    [InlineData(5, 2, 0, false)]
    [InlineData(6, 23, 0, true)]
    [InlineData(0, 0, 30, true)]
    [InlineData(0, 1, 0, false)]
    [InlineData(2, 12, 0, false)]
    public async Task Open_now_follows_the_schedule_at_the_clocks_time_in_Shanghai(int dayOffset, int hour, int minute, bool open)
    {
        var local = MondayMidnightShanghai.AddDays(dayOffset).AddHours(hour).AddMinutes(minute);
        Host.Clock.Set(local.ToUniversalTime());

        var venue = await Host.VenueAsync(Venue, "openNow");

        Assert.Equal(open, venue.GetProperty("openNow").GetBoolean());
    }

    [Fact]
    public async Task Open_at_reads_the_instant_in_Shanghai_time_whatever_offset_it_is_written_with()
    {
        Host.Clock.Set(MondayMidnightShanghai.AddHours(12));
        const string Query = "query($id: ID!, $a: DateTime!, $b: DateTime!, $c: DateTime!) { venue(id: $id) { a: openAt(time: $a) b: openAt(time: $b) c: openAt(time: $c) openNow } }";

        var response = await Host.PostAsync(Query, new
        {
            id = Venue,
            a = "2026-11-23T01:30:00Z",        // Monday 09:30 in Shanghai
            b = "2026-11-23T09:30:00+08:00",   // the same instant
            c = "2026-11-23T09:30:00Z",        // Monday 17:30 in Shanghai
        });

        var venue = response.Ok().GetProperty("venue");
        Assert.True(venue.GetProperty("a").GetBoolean());
        Assert.True(venue.GetProperty("b").GetBoolean());
        Assert.False(venue.GetProperty("c").GetBoolean());
        Assert.True(venue.GetProperty("openNow").GetBoolean());
    }

    [Fact]
    public async Task An_archivedVenue_is_never_open()
    {
        var id = await Host.CreateVenueAsync(NewUnitId(), "关闭");
        (await Host.SetScheduleAsync(id, Interval("MONDAY", "00:00", "24:00"))).Ok();
        Host.Clock.Set(MondayMidnightShanghai.AddHours(10));
        var before = await Host.VenueAsync(id, "openNow");

        (await Host.PostAsync("mutation($id: ID!) { archiveVenue(id: $id) { id } }", new { id }, Host.Token("platform-admin"))).Ok();

        Assert.True(before.GetProperty("openNow").GetBoolean());
        Assert.False((await Host.VenueAsync(id, "openNow")).GetProperty("openNow").GetBoolean());
    }

    /// <summary>A host of this class's own (its clock is set by the tests, which xunit runs one at a time per class) and one venue.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public VenuesHost Host { get; private set; } = null!;

        /// <summary>Open Monday 09:00–17:00, Friday 22:00 to Saturday 02:00, Sunday 23:00 to Monday 01:00.</summary>
        public string Venue { get; private set; } = "";

        public async Task InitializeAsync()
        {
            Host = await VenuesHost.StartPostgresAsync(seed: false);
            Venue = await Host.CreateVenueAsync(NewUnitId(), "开放");
            (await Host.SetScheduleAsync(Venue,
                Interval("MONDAY", "09:00", "17:00"),
                Interval("FRIDAY", "22:00", "02:00", overnight: true),
                Interval("SUNDAY", "23:00", "01:00", overnight: true))).Ok();
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
