using System.Globalization;
using Platform.Activities.Domain;
using Platform.Hosting.Synthetic;

namespace Platform.Activities.Data.Seed;

/// <summary>
/// The activities of one center (county), institute (township) or station (village) of the synthetic province over
/// the year before an anchor day, from fixed seeds per unit: <see cref="CountedPerYear"/> published or completed ones
/// (seed 003 §四.7's yearly minimum), of which <see cref="TheoryLectures"/> are theory lectures, plus a cancelled one
/// for about a quarter of the units. About one in ten is internal; most are held at the unit's own venue (the Venues
/// module's scaled seeder derives the same venue id), the rest elsewhere (no venue). Each comes with its regions: the
/// unit and its ancestors, read from the unit's materialized path.
/// </summary>
public static class ScaledActivities
{
    /// <summary>Published or completed activities a year per unit: the yearly minimum.</summary>
    public const int CountedPerYear = 12;

    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static readonly PracticeContent[] OtherContents =
        [PracticeContent.PublicizePolicy, PracticeContent.CultivateValues, PracticeContent.EnrichCulture, PracticeContent.ReformCustoms];

    private static readonly string[] Topics = ["理论宣讲", "政策宣讲", "道德讲堂", "文化惠民演出", "移风易俗倡议"];

    /// <summary>The units that organize activities: centers, institutes and stations.</summary>
    public static IEnumerable<SyntheticUnit> Organizers(SyntheticProvince province) =>
        province.Units.Where(unit => unit.Level >= SyntheticLevel.County);

    /// <summary>Theory lectures a year: 4 at communities, centers and institutes; 2 at rural villages (seed 003 §四.7).</summary>
    public static int TheoryLectures(SyntheticUnit unit) => unit.Level == SyntheticLevel.Village && unit.Urban != true ? 2 : 4;

    public static string IdOf(SyntheticUnit unit, int number) => SyntheticIds.Of($"activity-synthetic:{unit.Id}/{number}");

    /// <summary>The venue the Venues module's scaled seeder gives the unit (same key).</summary>
    public static string VenueIdOf(SyntheticUnit unit) => SyntheticIds.Of("venue-synthetic:" + unit.Id);

    /// <summary>The unit and its ancestors, root first.</summary>
    public static IReadOnlyList<string> RegionsOf(SyntheticUnit unit) => unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The start of the day of <paramref name="now"/> in China, as UTC: the seeder's anchor.</summary>
    public static DateTimeOffset AnchorDay(DateTimeOffset now)
    {
        var china = now.ToOffset(ActivityClock.ChinaOffset);
        return new DateTimeOffset(china.Year, china.Month, china.Day, 0, 0, 0, ActivityClock.ChinaOffset).ToUniversalTime();
    }

    /// <summary>The unit's activities of the 365 days before <paramref name="anchor"/> (a day's start), with their regions.</summary>
    public static IEnumerable<Activity> Of(SyntheticUnit unit, DateTimeOffset anchor)
    {
        var random = new SyntheticRandom("activity-synthetic:" + unit.Id);
        var theory = TheoryLectures(unit);
        var offset = random.Next(OtherContents.Length);
        var cancelled = random.Chance(0.25) ? 1 : 0;
        var regions = RegionsOf(unit);
        for (var number = 0; number < CountedPerYear + cancelled; number++)
        {
            var content = number < theory ? PracticeContent.StudyTheory
                : number < CountedPerYear ? OtherContents[(number + offset) % OtherContents.Length]
                : (PracticeContent)random.Next(5);
            var status = number >= CountedPerYear ? ActivityStatus.Cancelled : random.Chance(0.3) ? ActivityStatus.Completed : ActivityStatus.Published;
            yield return Create(unit, number, content, status, anchor, random, regions);
        }
    }

    private static Activity Create(
        SyntheticUnit unit, int number, PracticeContent content, ActivityStatus status, DateTimeOffset anchor, SyntheticRandom random, IReadOnlyList<string> regions)
    {
        // Starts spread over the year at whole quarter hours between 8:00 and 19:45 China time; 1–4 hours long.
        var day = anchor.AddDays(-365 + (number * 28) + random.Next(28));
        var startsAt = day.AddMinutes((8 * 60) + (15 * random.Next(48)));
        var endsAt = startsAt.AddHours(1 + random.Next(4));
        var createdAt = startsAt.AddDays(-(7 + random.Next(14)));
        var publishedAt = createdAt.AddHours(1 + random.Next(48));
        var updatedAt = status switch
        {
            ActivityStatus.Completed => endsAt.AddHours(1 + random.Next(24)),
            ActivityStatus.Cancelled => publishedAt.AddDays(1 + random.Next(5)),
            _ => publishedAt,
        };
        var id = IdOf(unit, number);
        var topic = content == PracticeContent.StudyTheory ? Topics[0] : Topics[(int)content];
        var activity = new Activity
        {
            Id = id,
            Title = $"{unit.Name}{topic}（{(number + 1).ToString(CultureInfo.InvariantCulture)}）",
            Description = $"{unit.Name}新时代文明实践{topic}活动（模拟数据）。",
            Content = content,
            ServiceKind = (ServiceKind)random.Next(4),
            OrganizingUnitId = unit.Id,
            VenueId = random.Chance(0.8) ? VenueIdOf(unit) : null,
            StartsAt = startsAt,
            EndsAt = endsAt,
            Status = status,
            IsPublic = !random.Chance(0.1),
            Capacity = random.Chance(0.5) ? 20 + random.Next(181) : null,
            CheckInCode = new string([.. Enumerable.Range(0, ActivityAttendance.CodeLength).Select(_ => Alphabet[random.Next(Alphabet.Length)])]),
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
            PublishedAt = publishedAt,
        };
        activity.Regions = [.. regions.Select(region => ActivityRegion.Of(activity, region))];
        return activity;
    }
}
