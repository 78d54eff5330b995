using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Hosting.Hierarchy;
using Platform.Volunteers.Data;
using Platform.Volunteers.Domain;

namespace Platform.Volunteers.GraphQL;

/// <summary>
/// Moving a volunteer to another home unit: an administrator of the old and of the new unit (or one above both). The
/// volunteer leaves the old unit's counts and joins the new one's (whose ancestry is captured anew) in the move's transaction.
/// </summary>
[ExtendObjectType("Mutation")]
public sealed class VolunteerMoveMutations
{
    [GraphQLDescription("Moves a volunteer to another home unit; their figures move from the old unit's regions to the new unit's.")]
    public async Task<Volunteer> ChangeVolunteerHomeUnitAsync(
        [ID] string volunteerId, [ID] string homeUnitId, ClaimsPrincipal? user, VolunteersDbContext db, IUnitHierarchy hierarchy,
        VolunteerRegionCapture regions, CancellationToken cancellationToken)
    {
        EntityIds.Ensure(volunteerId, "volunteer");
        EntityIds.Ensure(homeUnitId, "unit");
        VolunteerAccess.EnsureSignedIn(user);
        var current = await db.Volunteers.AsNoTracking().Where(v => v.Id == volunteerId).Select(v => v.HomeUnitId)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw VolunteerErrors.Create(VolunteerErrors.VolunteerNotFound, $"No volunteer has the id \"{volunteerId}\".");
        await VolunteerAccess.EnsureUnitAdminAsync(user, current, "move volunteers out of it", hierarchy, cancellationToken).ConfigureAwait(false);
        await VolunteerAccess.EnsureUnitAdminAsync(user, homeUnitId, "move volunteers into it", hierarchy, cancellationToken).ConfigureAwait(false);
        var units = await regions.UnitsOfAsync(homeUnitId, cancellationToken).ConfigureAwait(false);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await VolunteerLock.AcquireAsync(db, volunteerId, cancellationToken).ConfigureAwait(false))
        {
            throw VolunteerErrors.Create(VolunteerErrors.VolunteerNotFound, $"No volunteer has the id \"{volunteerId}\".");
        }

        var volunteer = await db.Volunteers.SingleAsync(v => v.Id == volunteerId, cancellationToken).ConfigureAwait(false);
        var from = volunteer.HomeUnitId;
        volunteer.HomeUnitId = homeUnitId;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await VolunteerRegions.RecordAncestryAsync(db, homeUnitId, units, cancellationToken).ConfigureAwait(false);
        await VolunteerRegions.MoveCountAsync(db, from, homeUnitId, volunteer.PartyMember, volunteer.HasHours, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return volunteer;
    }
}
