namespace Platform.Volunteers.Tests;

/// <summary>Star levels by accumulated hours at the national thresholds 100/300/600/1000/1500.</summary>
public sealed class StarLevelTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private VolunteersHost Host => fixture.Host;

    [Fact]
    public async Task Stars_change_exactly_at_each_threshold()
    {
        var unit = VolunteerClient.NewUnit();
        var volunteer = await Host.RegisterAsync(unit);
        var day = new DateOnly(2020, 1, 1);
        double recorded = 0;
        var seen = new List<(double Hours, int Stars)>();

        foreach (var total in new[] { 99.5, 100, 299.5, 300, 599.5, 600, 999.5, 1000, 1499.5, 1500 })
        {
            // Whole days of 24 hours, then the rest on a day of its own.
            while (total - recorded > 0)
            {
                var hours = Math.Min(24, total - recorded);
                await Host.RecordAsync(volunteer, unit, hours, day.ToString("yyyy-MM-dd"));
                recorded += hours;
                day = day.AddDays(1);
            }

            var view = await Host.VolunteerAsync(volunteer, "totalHours starLevel");
            Assert.Equal(total, view.GetProperty("totalHours").GetDouble());
            seen.Add((total, view.GetProperty("starLevel").GetInt32()));
        }

        Assert.Equal(
            [(99.5, 0), (100, 1), (299.5, 1), (300, 2), (599.5, 2), (600, 3), (999.5, 3), (1000, 4), (1499.5, 4), (1500, 5)],
            seen);
    }
}
