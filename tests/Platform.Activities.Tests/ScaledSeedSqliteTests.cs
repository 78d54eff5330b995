using Platform.Activities.Data.Seed;
using Platform.Hosting.Synthetic;

namespace Platform.Activities.Tests;

/// <summary>
/// <c>Platform:Scale</c> on the embedded SQLite file (what the AppHost runs): the reused INSERT writes what the feed
/// reads back in order, so paging a county's feed by cursor gives exactly its public activities; a restart adds nothing.
/// </summary>
public sealed class ScaledSeedSqliteTests
{
    [Fact]
    public async Task The_seeded_file_pages_a_countys_public_activities_by_cursor_and_a_restart_adds_nothing()
    {
        var directory = Directory.CreateTempSubdirectory("activities-scaled-");
        KeyValuePair<string, string?>[] settings = [new(SyntheticScale.Setting, "0.001")];
        var province = SyntheticProvince.Describe(0.001);
        var county = province.OfLevel(SyntheticLevel.County).First();
        try
        {
            for (var start = 0; start < 2; start++)
            {
                await using var host = await ActivitiesHost.StartSqliteAsync(directory.FullName, settings);
                var anchor = ScaledActivities.AnchorDay(host.Clock.GetUtcNow());
                var expected = ScaledActivities.Organizers(province).Where(unit => unit.Path.Contains("/" + county.Id + "/", StringComparison.Ordinal))
                    .SelectMany(unit => ScaledActivities.Of(unit, anchor)).Where(a => a.IsPublic).Select(a => a.Id).Order(StringComparer.Ordinal).ToList();

                var seen = new List<string>();
                string? after = null;
                do
                {
                    var feed = (await host.PostAsync(
                        "query($region: ID!, $after: String) { activityFeed(first: 200, region: $region, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }",
                        new { region = county.Id, after })).Ok().GetProperty("activityFeed");
                    Assert.Equal(expected.Count, feed.GetProperty("totalCount").GetInt32());
                    seen.AddRange(feed.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!));
                    after = feed.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? feed.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
                }
                while (after is not null);

                Assert.Equal(expected, seen.Order(StringComparer.Ordinal));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
