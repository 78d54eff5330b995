using static Platform.Activities.Tests.ActivityClient;

namespace Platform.Activities.Tests;

/// <summary>Without a connection string the module runs on its embedded SQLite file: activities created, attended, listed, counted and fed.</summary>
public sealed class SqliteSmokeTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "activities-sqlite-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task The_module_creates_attends_lists_counts_and_feeds_activities_on_sqlite()
    {
        await using var host = await ActivitiesHost.StartSqliteAsync(_directory);
        var unit = NewId();
        host.Clock.Set(Start.AddDays(-2));
        var first = await host.CreatePublishedAsync(unit, Details(content: "STUDY_THEORY", capacity: 1));
        host.Clock.Set(Start.AddDays(-1));
        var second = await host.CreatePublishedAsync(unit, Details(content: "ENRICH_CULTURE", start: Start.AddDays(1)));
        var volunteer = NewId();
        (await host.AttendAsync("signUpForActivity", first, volunteer)).Ok();
        var full = await host.AttendAsync("signUpForActivity", first, NewId());
        var code = await host.CodeAsync(first);
        host.Clock.Set(Start);
        (await host.AttendAsync("checkInToActivity", first, volunteer, code)).Ok();
        host.Clock.Set(Start.AddHours(1));
        var checkedOut = await host.AttendAsync("checkOutOfActivity", first, volunteer, code);

        var feed = await FeedTests.NodesAsync(host, new { first = 10 });
        var unitFields = (await host.PostAsync(
            "query($reps: [_Any!]!) { _entities(representations: $reps) { ... on OrgUnit { activities { nodes { id } } activityCounts(year: 2026) { total theoryLectures } } } }",
            new { reps = new[] { new { __typename = "OrgUnit", id = unit } } })).Ok().GetProperty("_entities")[0];

        Assert.True(File.Exists(Path.Combine(_directory, ActivitiesModule.DatabaseName + ".db")));
        Assert.Equal("ACTIVITY_FULL", full.ErrorCode());
        Assert.Equal(1.0, checkedOut.Ok().GetProperty("checkOutOfActivity").GetProperty("hours").GetDouble());
        Assert.Equal([second, first], feed.Select(n => n.GetProperty("id").GetString()));   // first changed last (its check-in)
        Assert.Equal([second, first], unitFields.GetProperty("activities").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(2, unitFields.GetProperty("activityCounts").GetProperty("total").GetInt32());
        Assert.Equal(1, unitFields.GetProperty("activityCounts").GetProperty("theoryLectures").GetInt32());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
