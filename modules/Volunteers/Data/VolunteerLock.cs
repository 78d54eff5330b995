using Microsoft.EntityFrameworkCore;

namespace Platform.Volunteers.Data;

/// <summary>
/// Serializes writes that read a volunteer's records before adding to them (the 24-hours-a-day rule, points
/// adjustments): inside a transaction, bumping the volunteer's write sequence takes the row lock on PostgreSQL
/// (and the database write lock on SQLite), so a concurrent writer for the same volunteer waits until commit.
/// </summary>
public static class VolunteerLock
{
    /// <summary>Locks the volunteer's row; false when there is no such volunteer.</summary>
    public static async Task<bool> AcquireAsync(VolunteersDbContext db, string volunteerId, CancellationToken cancellationToken) =>
        await db.Volunteers.Where(v => v.Id == volunteerId)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.WriteSequence, v => v.WriteSequence + 1), cancellationToken)
            .ConfigureAwait(false) == 1;
}
