using static Platform.Venues.Tests.VenueClient;

namespace Platform.Venues.Tests;

/// <summary>
/// The weekly schedule: intervals end after they start unless marked overnight, none overlap anywhere in the week
/// (Sunday night runs into Monday), and the weekly hours and Zhejiang's 40-hour flag follow from what is stored.
/// </summary>
public sealed class ScheduleTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private VenuesHost Host => fixture.Host;

    [Fact]
    public async Task Weekly_hours_add_up_every_interval_including_overnight_and_24_hour_ones()
    {
        var id = await Host.CreateVenueAsync(NewUnitId(), "时长");

        var response = await Host.SetScheduleAsync(id,
            Interval("MONDAY", "08:30", "12:00"),
            Interval("MONDAY", "14:00", "17:45"),
            Interval("FRIDAY", "22:00", "02:00", overnight: true),
            Interval("SATURDAY", "09:00", "09:00", overnight: true),
            Interval("SUNDAY", "10:00", "24:00"));

        var venue = response.Ok().GetProperty("setVenueSchedule");
        Assert.Equal(3.5 + 3.75 + 4 + 24 + 14, venue.GetProperty("weeklyOpenHours").GetDouble());
        var schedule = venue.GetProperty("schedule");
        Assert.Equal(["MONDAY", "MONDAY", "FRIDAY", "SATURDAY", "SUNDAY"], schedule.EnumerateArray().Select(i => i.GetProperty("day").GetString()));
        Assert.Equal(4, schedule[2].GetProperty("hours").GetDouble());
        Assert.True(schedule[2].GetProperty("overnight").GetBoolean());
        Assert.Equal("24:00", schedule[4].GetProperty("closes").GetString());
    }

    [Fact]
    public async Task The_forty_hour_flag_holds_at_forty_hours_and_not_below()
    {
        var id = await Host.CreateVenueAsync(NewUnitId(), "四十小时");
        string[] days = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"];

        var forty = await Host.SetScheduleAsync(id, [.. days.Select(day => Interval(day, "09:00", "17:00"))]);
        var short1 = await Host.SetScheduleAsync(id, [.. days.Select(day => Interval(day, "09:00", day == "FRIDAY" ? "16:59" : "17:00"))]);

        Assert.Equal(40, forty.Ok().GetProperty("setVenueSchedule").GetProperty("weeklyOpenHours").GetDouble());
        Assert.True(forty.Ok().GetProperty("setVenueSchedule").GetProperty("meetsWeeklyOpeningHours").GetBoolean());
        Assert.False(short1.Ok().GetProperty("setVenueSchedule").GetProperty("meetsWeeklyOpeningHours").GetBoolean());
        Assert.True(short1.Ok().GetProperty("setVenueSchedule").GetProperty("weeklyOpenHours").GetDouble() < 40);
    }

    [Theory]
    [InlineData("09:00", "09:00", false)]
    [InlineData("17:00", "09:00", false)]
    [InlineData("9:00", "17:00", false)]
    [InlineData("09:00", "25:00", false)]
    [InlineData("09:60", "17:00", false)]
    [InlineData("24:00", "24:00", false)]
    [InlineData("22:00", "23:00", true)]
    [InlineData("22:00", "24:00", true)]
    [InlineData("", "17:00", false)]
    public async Task Intervals_that_do_not_end_after_they_start_or_are_not_times_are_refused(string opens, string closes, bool overnight)
    {
        var id = await Host.CreateVenueAsync(NewUnitId(), "无效时段");
        (await Host.SetScheduleAsync(id, Interval("MONDAY", "06:00", "07:00"))).Ok();

        var response = await Host.SetScheduleAsync(id, Interval("TUESDAY", opens, closes, overnight));

        Assert.Equal("INVALID_SCHEDULE", response.ErrorCode());
        var venue = await Host.VenueAsync(id, "weeklyOpenHours");
        Assert.Equal(1, venue.GetProperty("weeklyOpenHours").GetDouble());
    }

    [Theory]
    [InlineData("MONDAY", "09:00", "12:00", false, "MONDAY", "11:59", "13:00", false)]
    [InlineData("MONDAY", "09:00", "12:00", false, "MONDAY", "09:00", "10:00", false)]
    [InlineData("MONDAY", "08:00", "18:00", false, "MONDAY", "10:00", "11:00", false)]
    [InlineData("FRIDAY", "22:00", "02:00", true, "SATURDAY", "01:00", "03:00", false)]
    [InlineData("SUNDAY", "20:00", "06:00", true, "MONDAY", "05:30", "09:00", false)]
    [InlineData("TUESDAY", "12:00", "12:00", true, "WEDNESDAY", "11:00", "11:30", false)]
    public async Task Overlapping_intervals_are_refused_even_across_midnight_and_the_end_of_the_week(
        string day1, string opens1, string closes1, bool overnight1, string day2, string opens2, string closes2, bool overnight2)
    {
        var id = await Host.CreateVenueAsync(NewUnitId(), "重叠");

        var response = await Host.SetScheduleAsync(id, Interval(day1, opens1, closes1, overnight1), Interval(day2, opens2, closes2, overnight2));

        Assert.Equal("SCHEDULE_OVERLAP", response.ErrorCode());
    }

    [Fact]
    public async Task Intervals_that_only_touch_are_accepted_and_an_empty_schedule_means_never_open()
    {
        var id = await Host.CreateVenueAsync(NewUnitId(), "相接");

        var touching = await Host.SetScheduleAsync(id,
            Interval("SUNDAY", "20:00", "06:00", overnight: true),
            Interval("MONDAY", "06:00", "12:00"),
            Interval("MONDAY", "12:00", "24:00"),
            Interval("TUESDAY", "00:00", "01:00"));
        var empty = await Host.SetScheduleAsync(id);

        Assert.Equal(10 + 6 + 12 + 1, touching.Ok().GetProperty("setVenueSchedule").GetProperty("weeklyOpenHours").GetDouble());
        Assert.Equal(0, empty.Ok().GetProperty("setVenueSchedule").GetProperty("weeklyOpenHours").GetDouble());
        Assert.Equal(0, empty.Ok().GetProperty("setVenueSchedule").GetProperty("schedule").GetArrayLength());
    }

    [Fact]
    public async Task A_schedule_holds_at_most_eight_intervals_a_day_on_average()
    {
        var id = await Host.CreateVenueAsync(NewUnitId(), "上限");
        string[] days = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
        object[] Intervals(int count) =>
            [.. Enumerable.Range(0, count).Select(i => Interval(days[i % 7], $"{i / 7:00}:00", $"{i / 7:00}:30"))];

        var most = await Host.SetScheduleAsync(id, Intervals(56));
        var tooMany = await Host.SetScheduleAsync(id, Intervals(57));

        Assert.Equal(28, most.Ok().GetProperty("setVenueSchedule").GetProperty("weeklyOpenHours").GetDouble());
        Assert.Equal("INVALID_SCHEDULE", tooMany.ErrorCode());
    }
}
