using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Hosting.Data;
using Platform.Hosting.Synthetic;
using Platform.Venues.Domain;

namespace Platform.Venues.Data.Seed;

/// <summary>
/// Writes one venue per center, institute and station of the synthetic province of scale <c>Platform:Scale</c>
/// (<see cref="ScaledVenues"/>) in one transaction; skipped when the province's first center already has its venue.
/// </summary>
internal sealed class ScaledVenueSeeder(double scale, ILogger<ScaledVenueSeeder> logger) : IDatabaseSeeder<VenuesDbContext>
{
    private const int Chunk = 5_000;

    public async Task SeedAsync(VenuesDbContext context, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var province = SyntheticProvince.Describe(scale);
        var first = ScaledVenues.IdFor(province.OfLevel(SyntheticLevel.County).First());
        if (await context.Venues.AnyAsync(venue => venue.Id == first, cancellationToken).ConfigureAwait(false))
        {
            logger.LogInformation("Venues of the synthetic province of scale {Scale} already seeded", scale);
            return;
        }

        var venues = province.Units.Where(unit => unit.Level >= SyntheticLevel.County).Select(ScaledVenues.For).ToList();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in venues.Chunk(Chunk))
        {
            context.Venues.AddRange(chunk);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            context.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Seeded {Venues} venues of the synthetic province of scale {Scale} in {Seconds:0.0} s",
            venues.Count, scale, started.Elapsed.TotalSeconds);
    }
}

/// <summary>
/// The venue of a synthetic unit: its center (county), institute (township) or station (village) site at the unit's
/// place, with Shandong's three or more function rooms [003 §二.7], weekday or six-day opening hours and the four
/// items of Shanxi's checklist complete at centers.
/// </summary>
internal static class ScaledVenues
{
    public static string IdFor(SyntheticUnit unit) => SyntheticIds.Of("venue-synthetic:" + unit.Id);

    public static Venue For(SyntheticUnit unit)
    {
        var (kind, suffix) = unit.Level switch
        {
            SyntheticLevel.County => (VenueKind.CenterSite, "新时代文明实践中心"),
            SyntheticLevel.Township => (VenueKind.InstituteSite, "新时代文明实践所"),
            _ => (VenueKind.StationSite, "新时代文明实践站"),
        };
        var center = kind == VenueKind.CenterSite;
        Weekday[] weekdays = [Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday, Weekday.Friday];
        var days = center ? [.. weekdays, Weekday.Saturday] : weekdays;
        return new Venue
        {
            Id = IdFor(unit),
            UnitId = unit.Id,
            Kind = kind,
            Name = unit.Name + suffix,
            Address = $"{unit.Name}（模拟数据，行政区划代码 {unit.AdministrativeCode}）",
            Latitude = unit.Latitude,
            Longitude = unit.Longitude,
            OpeningIntervals = [.. days.Select(day => new OpeningInterval(day, 9 * 60, 17 * 60, Overnight: false))],
            Rooms =
            [
                new FunctionRoom("理论宣讲室", [RoomPurpose.Theory]),
                new FunctionRoom("文体活动室", [RoomPurpose.Culture, RoomPurpose.Sports]),
                new FunctionRoom(center ? "教育服务室" : "科普阅览室", [center ? RoomPurpose.Education : RoomPurpose.Science]),
            ],
            HasFixedPlace = true,
            HasSignage = true,
            HasOfficeFacilities = center || unit.Level == SyntheticLevel.Township,
            HasPublicityDisplays = center,
        };
    }
}
