using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Hosting.Data;
using Platform.Hosting.Data.Bulk;
using Platform.Hosting.Synthetic;

namespace Platform.Activities.Data.Seed;

/// <summary>
/// Writes the activities of every center, institute and station of the synthetic province of scale <c>Platform:Scale</c>
/// (<see cref="ScaledActivities"/>) over the year before today (China time, the module's clock) with their regions, in
/// one transaction: binary COPY on PostgreSQL, one reused INSERT on SQLite. Skipped when the first county's first
/// activity is there.
/// </summary>
internal sealed class ScaledActivitySeeder(double scale, TimeProvider clock, ILogger<ScaledActivitySeeder> logger) : IDatabaseSeeder<ActivitiesDbContext>
{
    private const int UnitsPerBatch = 2_000;

    public async Task SeedAsync(ActivitiesDbContext context, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var province = SyntheticProvince.Describe(scale);
        var first = ScaledActivities.IdOf(province.OfLevel(SyntheticLevel.County).First(), 0);
        if (await context.Set<Activity>().AnyAsync(activity => activity.Id == first, cancellationToken).ConfigureAwait(false))
        {
            logger.LogInformation("Activities of the synthetic province of scale {Scale} already seeded", scale);
            return;
        }

        var anchor = ScaledActivities.AnchorDay(clock.GetUtcNow());
        long activities = 0, regions = 0;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var units in ScaledActivities.Organizers(province).Chunk(UnitsPerBatch))
        {
            var batch = units.AsParallel().AsOrdered().SelectMany(unit => ScaledActivities.Of(unit, anchor)).ToList();
            var rows = batch.SelectMany(activity => activity.Regions).ToList();
            await BulkWriter.WriteAsync(context, batch, cancellationToken).ConfigureAwait(false);
            await BulkWriter.WriteAsync(context, rows, cancellationToken).ConfigureAwait(false);
            activities += batch.Count;
            regions += rows.Count;
        }

        if (context.Database.IsNpgsql())
        {
            await context.Database.ExecuteSqlRawAsync("ANALYZE activities; ANALYZE activity_regions", cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Seeded {Activities} activities ({Regions} region rows) of the synthetic province of scale {Scale} in {Seconds:0.0} s",
            activities, regions, scale, started.Elapsed.TotalSeconds);
    }
}
