using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Hosting.Data;
using Platform.Hosting.Data.Bulk;
using Platform.Hosting.Synthetic;
using Platform.Hosting.Protection;
using Platform.Volunteers.Domain;

namespace Platform.Volunteers.Data.Seed;

/// <summary>
/// Writes the volunteers of the synthetic province of scale <c>Platform:Scale</c> (<see cref="SyntheticVolunteers"/>:
/// 15 % of every village's residents, each village's ancestry and counts, one service record for those with hours, the points it earned), county by county,
/// in one transaction (of the first counties only when <c>Platform:ScaleVolunteerShare</c> is below 1): binary COPY on PostgreSQL, one prepared INSERT on SQLite. Skipped when the first village already
/// has volunteers. Personal data goes through the module's <see cref="PersonalDataProtector"/> like any registration.
/// </summary>
internal sealed class ScaledVolunteerSeeder(
    double scale, double countyShare, PersonalDataProtector protector, PointsRules points, ILogger<ScaledVolunteerSeeder> logger) : IDatabaseSeeder<VolunteersDbContext>
{
    public async Task SeedAsync(VolunteersDbContext context, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var province = SyntheticProvince.Describe(scale);
        var firstVillage = province.OfLevel(SyntheticLevel.Village).First();
        if (await context.Volunteers.AnyAsync(v => v.HomeUnitId == firstVillage.Id, cancellationToken).ConfigureAwait(false))
        {
            logger.LogInformation("Volunteers of the synthetic province of scale {Scale} already seeded", scale);
            return;
        }

        var postgres = context.Database.IsNpgsql();
        long volunteers = 0, records = 0;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var county in SyntheticScale.CountiesWithVolunteers(province, countyShare))
        {
            var villages = province.ChildrenOf(county.Id).SelectMany(township => province.ChildrenOf(township.Id)).ToList();
            var parts = villages.AsParallel().AsOrdered().Select(Generate).ToList();
            await BulkWriter.WriteAsync(context, parts.SelectMany(part => part.Volunteers).ToList(), cancellationToken).ConfigureAwait(false);
            await BulkWriter.WriteAsync(context, parts.SelectMany(part => part.Ancestors).ToList(), cancellationToken).ConfigureAwait(false);
            await BulkWriter.WriteAsync(context, parts.SelectMany(part => part.Counts).ToList(), cancellationToken).ConfigureAwait(false);
            await BulkWriter.WriteAsync(context, parts.SelectMany(part => part.Records).ToList(), cancellationToken).ConfigureAwait(false);
            await BulkWriter.WriteAsync(context, parts.SelectMany(part => part.PointsEntries).ToList(), cancellationToken).ConfigureAwait(false);
            volunteers += parts.Sum(part => part.Volunteers.Count);
            records += parts.Sum(part => part.Records.Count);
        }

        if (postgres)
        {
            await context.Database.ExecuteSqlRawAsync("ANALYZE volunteers; ANALYZE unit_ancestors; ANALYZE home_unit_counts; ANALYZE service_records; ANALYZE points_entries", cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        logger.LogInformation("Seeded {Volunteers} volunteers and {Records} service records of the synthetic province of scale {Scale} (county share {Share}) in {Seconds:0.0} s",
            volunteers, records, scale, countyShare, started.Elapsed.TotalSeconds);
    }

    private ScaledVolunteerRows Generate(SyntheticUnit village)
    {
        var rows = new ScaledVolunteerRows(protector, points, village.Id, RegionUnits(village));
        foreach (var volunteer in SyntheticVolunteers.Of(village))
        {
            rows.Add(volunteer);
        }

        return rows;
    }

    /// <summary>The village and every unit above it, from the synthetic tree's materialized path.</summary>
    internal static IReadOnlyList<string> RegionUnits(SyntheticUnit village) =>
        village.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
