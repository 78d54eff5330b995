using Microsoft.EntityFrameworkCore;

namespace Platform.Volunteers.Data;

/// <summary>
/// Keeps <see cref="Volunteer.HasHours"/> and its copies in <see cref="VolunteerRegion"/> equal to whether the volunteer
/// has a counting service record. Service-record writes call it after saving, inside their transaction and the volunteer's
/// lock, so unit figures count "with hours" from the flag instead of joining the records.
/// </summary>
public static class VolunteerHoursFlag
{
    public static async Task RefreshAsync(VolunteersDbContext db, string volunteerId, CancellationToken cancellationToken)
    {
        var hasHours = await db.Counting().AnyAsync(r => r.VolunteerId == volunteerId, cancellationToken).ConfigureAwait(false);
        var changed = await db.Volunteers.Where(v => v.Id == volunteerId && v.HasHours != hasHours)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.HasHours, hasHours), cancellationToken).ConfigureAwait(false);
        if (changed > 0)
        {
            await db.VolunteerRegions.Where(r => r.VolunteerId == volunteerId)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.HasHours, hasHours), cancellationToken).ConfigureAwait(false);
        }
    }
}
