using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Organization.Data;
using Platform.Organization.Domain;

namespace Platform.Organization.GraphQL;

/// <summary>Changes that touch a whole subtree: moving a unit (its descendants' paths follow) and archiving it.</summary>
[ExtendObjectType("Mutation")]
public sealed class TreeMutations
{
    [GraphQLDescription("Moves a unit, with everything under it, under another parent. Its id stays the same.")]
    public Task<OrgUnit> MoveUnitAsync(
        [ID] string id, [ID] string newParentId, ClaimsPrincipal? user, OrganizationDbContext db, CancellationToken cancellationToken) =>
        SerializableChange.RunAsync(db, async ct =>
        {
            UnitAccess.EnsureAdministrator(user);
            var unit = await UnitLookup.FindAsync(db, id, ct).ConfigureAwait(false);
            var parent = await UnitLookup.FindAsync(db, newParentId, ct).ConfigureAwait(false);
            UnitAccess.EnsureCanChange(user, unit.Path, parent.Path);
            UnitLookup.EnsureActive(unit, "be moved");
            UnitLookup.EnsureActive(parent, "take new units");
            if (UnitPath.IsWithin(parent.Path, unit.Id))
            {
                throw OrganizationErrors.Create(OrganizationErrors.MoveCycle,
                    $"\"{unit.Name}\" cannot move under \"{parent.Name}\", which is {(parent.Id == unit.Id ? "the unit itself" : "one of its own descendants")}.");
            }

            UnitHierarchy.EnsureFits(unit.Level, parent.Level);
            if (unit.ParentId == parent.Id)
            {
                return unit;
            }

            var oldPath = unit.Path;
            var newPath = UnitPath.Child(parent.Path, unit.Id);
            var depthChange = parent.Depth + 1 - unit.Depth;
            await db.Units.InSubtree(oldPath)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(member => member.Path, member => newPath + member.Path.Substring(oldPath.Length))
                    .SetProperty(member => member.Depth, member => member.Depth + depthChange), ct)
                .ConfigureAwait(false);
            await db.Units.Where(member => member.Id == unit.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(member => member.ParentId, parent.Id), ct)
                .ConfigureAwait(false);
            return await db.Units.AsNoTracking().SingleAsync(member => member.Id == unit.Id, ct).ConfigureAwait(false);
        }, cancellationToken);

    [GraphQLDescription("Archives a unit and every unit under it. Archived units keep their data but take no changes.")]
    public Task<OrgUnit> ArchiveUnitAsync([ID] string id, ClaimsPrincipal? user, OrganizationDbContext db, CancellationToken cancellationToken) =>
        SerializableChange.RunAsync(db, async ct =>
        {
            UnitAccess.EnsureAdministrator(user);
            var unit = await UnitLookup.FindAsync(db, id, ct).ConfigureAwait(false);
            UnitAccess.EnsureCanChange(user, unit.Path);
            await db.Units.InSubtree(unit.Path)
                .ExecuteUpdateAsync(set => set.SetProperty(member => member.Archived, true), ct)
                .ConfigureAwait(false);
            return await db.Units.AsNoTracking().SingleAsync(member => member.Id == unit.Id, ct).ConfigureAwait(false);
        }, cancellationToken);
}
