using Microsoft.EntityFrameworkCore;

namespace Platform.Volunteers.Data;

/// <summary>
/// Keeps <see cref="Volunteer.HasHours"/> and the home unit's <see cref="HomeUnitCount"/> equal to whether the volunteer
/// has a counting service record. Service-record writes call it after saving, inside their transaction and the volunteer's
/// lock, so unit figures count "with hours" from the flag instead of joining the records.
/// </summary>
public static class VolunteerHoursFlag
{
    public static async Task RefreshAsync(VolunteersDbContext db, string volunteerId, CancellationToken cancellationToken)
    {
        var hasHours = await db.Counting().AnyAsync(r => r.VolunteerId == volunteerId, cancellationToken).ConfigureAwait(false);
        var volunteer = await db.Volunteers.AsNoTracking().Where(v => v.Id == volunteerId)
            .Select(v => new { v.HomeUnitId, v.PartyMember, v.HasHours }).SingleAsync(cancellationToken).ConfigureAwait(false);
        if (volunteer.HasHours == hasHours)
        {
            return;
        }

        await db.Volunteers.Where(v => v.Id == volunteerId)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.HasHours, hasHours), cancellationToken).ConfigureAwait(false);
        await VolunteerRegions.CountHoursChangeAsync(db, volunteer.HomeUnitId, volunteer.PartyMember, hasHours, cancellationToken).ConfigureAwait(false);
    }
}
