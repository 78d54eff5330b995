using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Activities.Data;
using Platform.Activities.Data.Seed;
using Platform.Activities.Domain;
using Platform.Hosting.Synthetic;

namespace Platform.Activities.Tests;

/// <summary>
/// <c>Platform:Scale</c>: the module seeds the synthetic province's activities on PostgreSQL — every center, institute
/// and station meets seed 003 §四.7's yearly minimum and theory quota, each activity lies in its unit's regions, a
/// second start adds nothing, and the feed over a county pages through exactly that county's public activities.
/// </summary>
public sealed class ScaledSeedTests(ScaledSeedTests.SeededModule seeded) : IClassFixture<ScaledSeedTests.SeededModule>
{
    private const double Scale = 0.001;

    private static readonly SyntheticProvince Province = SyntheticProvince.Describe(Scale);

    [Fact]
    public async Task Every_unit_has_twelve_published_or_completed_activities_with_its_theory_lectures()
    {
        await using var db = seeded.Context();
        var counted = await db.Set<Activity>()
            .Where(a => a.Status == ActivityStatus.Published || a.Status == ActivityStatus.Completed)
            .GroupBy(a => a.OrganizingUnitId)
            .Select(g => new { Unit = g.Key, Total = g.Count(), Theory = g.Count(a => a.Content == PracticeContent.StudyTheory) })
            .ToDictionaryAsync(row => row.Unit);

        var organizers = Province.Units.Where(unit => unit.Level >= SyntheticLevel.County).ToList();
        Assert.Equal(organizers.Count, counted.Count);
        Assert.All(organizers, unit =>
        {
            var rural = unit.Level == SyntheticLevel.Village && unit.Urban == false;
            Assert.True(counted[unit.Id].Total >= 12, unit.Name);
            Assert.True(counted[unit.Id].Theory >= (rural ? 2 : 4), unit.Name);
        });
        Assert.Contains(organizers, unit => unit.Urban == true);
        Assert.Contains(organizers, unit => unit.Urban == false);
        Assert.True(await db.Set<Activity>().AnyAsync(a => a.Status == ActivityStatus.Cancelled));
        Assert.True(await db.Set<Activity>().AnyAsync(a => !a.IsPublic));
        Assert.True(await db.Set<Activity>().CountAsync(a => a.IsPublic) > await db.Set<Activity>().CountAsync() * 3 / 4);
    }

    [Fact]
    public async Task Each_activity_lies_in_its_unit_and_every_ancestor_of_the_tree()
    {
        await using var db = seeded.Context();
        var regions = (await db.Set<ActivityRegion>().Select(r => new { r.ActivityId, r.UnitId }).ToListAsync())
            .ToLookup(r => r.ActivityId, r => r.UnitId);
        var activities = await db.Set<Activity>().Select(a => new { a.Id, a.OrganizingUnitId, a.VenueId }).ToListAsync();
        var units = Province.Units.ToDictionary(unit => unit.Id);

        Assert.Equal(activities.Count, regions.Count);
        Assert.All(activities, activity =>
        {
            var expected = new HashSet<string>();
            for (var unit = units[activity.OrganizingUnitId]; ; unit = units[unit.ParentId])
            {
                expected.Add(unit.Id);
                if (unit.ParentId is null)
                {
                    break;
                }
            }

            Assert.True(expected.SetEquals(regions[activity.Id]), activity.Id);
            Assert.True(activity.VenueId is null || activity.VenueId == SyntheticIds.Of("venue-synthetic:" + activity.OrganizingUnitId));
        });
    }

    [Fact]
    public async Task A_second_start_adds_nothing()
    {
        int activities, regions;
        await using (var db = seeded.Context())
        {
            (activities, regions) = (await db.Set<Activity>().CountAsync(), await db.Set<ActivityRegion>().CountAsync());
        }

        await using (var again = await ActivitiesHost.StartOnPostgresAsync(seeded.Host.ConnectionString!, SeededModule.Settings))
        {
            await using var scope = again.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
            Assert.Equal(activities, await db.Set<Activity>().CountAsync());
            Assert.Equal(regions, await db.Set<ActivityRegion>().CountAsync());
        }
    }

    [Fact]
    public async Task The_feed_over_a_county_pages_through_exactly_its_public_activities()
    {
        var county = Province.OfLevel(SyntheticLevel.County).First();
        var anchor = ScaledActivities.AnchorDay(seeded.Host.Clock.GetUtcNow());
        var expected = Province.Units.Where(unit => unit.Level >= SyntheticLevel.County && unit.Path.Contains("/" + county.Id + "/", StringComparison.Ordinal))
            .SelectMany(unit => ScaledActivities.Of(unit, anchor)).Where(a => a.IsPublic).Select(a => a.Id).ToList();

        var seen = new List<string>();
        string? after = null;
        int? total = null;
        do
        {
            var feed = (await seeded.Host.PostAsync(
                "query($region: ID!, $after: String) { activityFeed(first: 200, region: $region, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id organizingUnit { id } } } }",
                new { region = county.Id, after })).Ok().GetProperty("activityFeed");
            total ??= feed.GetProperty("totalCount").GetInt32();
            seen.AddRange(feed.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!));
            after = feed.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? feed.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.True(expected.Count > 200, "more than one page");
        Assert.Equal(expected.Count, total);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    /// <summary>The module started once with <c>Platform:Scale</c> over a fresh PostgreSQL database.</summary>
    public sealed class SeededModule : IAsyncLifetime
    {
        public static readonly KeyValuePair<string, string?>[] Settings = [new(SyntheticScale.Setting, "0.001")];

        public ActivitiesHost Host { get; private set; } = null!;

        public ActivitiesDbContext Context()
        {
            var scope = Host.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
        }

        public async Task InitializeAsync() => Host = await ActivitiesHost.StartPostgresAsync(settings: Settings);

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
