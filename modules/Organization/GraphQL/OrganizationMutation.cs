using System.Security.Claims;
using Platform.Organization.Data;
using Platform.Organization.Domain;

namespace Platform.Organization.GraphQL;

/// <summary>
/// Changes to the unit tree. Each checks, in order: a signed-in caller, the units exist, the caller's scope covers
/// them, then the domain rules; any failure is a GraphQL error with a code, and nothing is saved.
/// </summary>
public sealed class OrganizationMutation
{
    [GraphQLDescription("Adds a unit under a parent (or a province as a new root).")]
    public Task<OrgUnit> CreateUnitAsync(CreateUnitInput input, ClaimsPrincipal? user, OrganizationDbContext db, CancellationToken cancellationToken) =>
        SerializableChange.RunAsync(db, async ct =>
        {
            UnitAccess.EnsureAdministrator(user);
            OrgUnit? parent = null;
            if (input.ParentId is null)
            {
                UnitAccess.EnsureCanCreateRoot(user);
            }
            else
            {
                parent = await UnitLookup.FindAsync(db, input.ParentId, ct).ConfigureAwait(false);
                UnitAccess.EnsureCanChange(user, parent.Path);
                UnitLookup.EnsureActive(parent, "take new units");
            }

            UnitHierarchy.EnsureFits(input.Level, parent?.Level);
            var id = UnitIds.New();
            var unit = new OrgUnit
            {
                Id = id,
                Name = UnitRules.Name(input.Name),
                Level = input.Level,
                AdministrativeCode = UnitRules.AdministrativeCode(input.AdministrativeCode),
                Kind = UnitRules.Kind(input.Kind, input.Level),
                ResidentPopulation = UnitRules.Population(input.ResidentPopulation),
                PilotLevel = input.PilotLevel,
                ParentId = parent?.Id,
                Path = parent is null ? UnitPath.Root(id) : UnitPath.Child(parent.Path, id),
                Depth = parent is null ? 0 : parent.Depth + 1,
            };
            db.Units.Add(unit);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return unit;
        }, cancellationToken);

    [GraphQLDescription("Gives a unit a new name.")]
    public async Task<OrgUnit> RenameUnitAsync([ID] string id, string name, ClaimsPrincipal? user, OrganizationDbContext db, CancellationToken cancellationToken)
    {
        var unit = await FindChangeableAsync(db, id, user, "be renamed", cancellationToken).ConfigureAwait(false);
        unit.Name = UnitRules.Name(name);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return unit;
    }

    [GraphQLDescription("Sets (or clears, with null) a unit's resident population.")]
    public async Task<OrgUnit> SetUnitPopulationAsync(
        [ID] string id, int? residentPopulation, ClaimsPrincipal? user, OrganizationDbContext db, CancellationToken cancellationToken)
    {
        var unit = await FindChangeableAsync(db, id, user, "change its population", cancellationToken).ConfigureAwait(false);
        unit.ResidentPopulation = UnitRules.Population(residentPopulation);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return unit;
    }

    [GraphQLDescription("Sets (or clears, with null) a unit's full-time staff and dedicated managers.")]
    public async Task<OrgUnit> SetUnitStaffAsync(
        [ID] string id, int? fullTimeStaff, int? dedicatedManagers, ClaimsPrincipal? user, OrganizationDbContext db, CancellationToken cancellationToken)
    {
        var unit = await FindChangeableAsync(db, id, user, "change its staff", cancellationToken).ConfigureAwait(false);
        unit.FullTimeStaff = UnitRules.StaffCount(fullTimeStaff, "full-time staff");
        unit.DedicatedManagers = UnitRules.StaffCount(dedicatedManagers, "dedicated managers");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return unit;
    }

    private static async Task<OrgUnit> FindChangeableAsync(
        OrganizationDbContext db, string id, ClaimsPrincipal? user, string action, CancellationToken cancellationToken)
    {
        UnitAccess.EnsureAdministrator(user);
        var unit = await UnitLookup.FindAsync(db, id, cancellationToken).ConfigureAwait(false);
        UnitAccess.EnsureCanChange(user, unit.Path);
        UnitLookup.EnsureActive(unit, action);
        return unit;
    }
}
