using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Hosting.Data;
using Platform.Hosting.Synthetic;
using Platform.Organization.Domain;

namespace Platform.Organization.Data.Seed;

/// <summary>
/// Writes the units of the synthetic province of scale <c>Platform:Scale</c> (<see cref="SyntheticProvince"/>) in one
/// transaction, so a start either finds all of them or none. Skipped when the province's root is already there.
/// </summary>
internal sealed class ScaledUnitSeeder(double scale, ILogger<ScaledUnitSeeder> logger) : IDatabaseSeeder<OrganizationDbContext>
{
    private const int Chunk = 5_000;

    public async Task SeedAsync(OrganizationDbContext context, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var province = SyntheticProvince.Describe(scale);
        if (await context.Units.AnyAsync(unit => unit.Id == province.Root.Id, cancellationToken).ConfigureAwait(false))
        {
            logger.LogInformation("Synthetic province of scale {Scale} already seeded", scale);
            return;
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in province.Units.Chunk(Chunk))
        {
            context.Units.AddRange(chunk.Select(ToOrgUnit));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            context.ChangeTracker.Clear();
        }

        if (context.Database.IsNpgsql())
        {
            await context.Database.ExecuteSqlRawAsync("ANALYZE org_units", cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Seeded the synthetic province of scale {Scale}: {Units} units in {Seconds:0.0} s",
            scale, province.Units.Count, started.Elapsed.TotalSeconds);
    }

    /// <summary>Staff at the minimums of seed 002 §七.三 and 003 §三.1: center 6 full-time, institute 2 and station 1 dedicated managers.</summary>
    internal static OrgUnit ToOrgUnit(SyntheticUnit unit) => new()
    {
        Id = unit.Id,
        Name = unit.Name,
        AdministrativeCode = unit.AdministrativeCode,
        Level = unit.Level switch
        {
            SyntheticLevel.Province => OrgLevel.Province,
            SyntheticLevel.City => OrgLevel.City,
            SyntheticLevel.County => OrgLevel.County,
            SyntheticLevel.Township => OrgLevel.Township,
            _ => OrgLevel.Village,
        },
        Kind = unit.Urban switch { true => SettlementKind.UrbanCommunity, false => SettlementKind.RuralVillage, null => null },
        ResidentPopulation = checked((int)unit.ResidentPopulation),
        FullTimeStaff = unit.Level == SyntheticLevel.County ? 6 : null,
        DedicatedManagers = unit.Level switch { SyntheticLevel.Township => 2, SyntheticLevel.Village => 1, _ => null },
        PilotLevel = PilotLevel.None,
        ParentId = unit.ParentId,
        Path = unit.Path,
        Depth = unit.Depth,
    };
}
