using Microsoft.EntityFrameworkCore;

namespace Platform.Volunteers.Data;

/// <summary>The versions of service records that count: current (no version replaces them) and not revoked.</summary>
public static class CurrentRecords
{
    public static IQueryable<ServiceRecord> Current(this VolunteersDbContext db) =>
        db.ServiceRecords.Where(r => !db.ServiceRecords.Any(next => next.PreviousVersionId == r.Id));

    public static IQueryable<ServiceRecord> Counting(this VolunteersDbContext db) =>
        db.Current().Where(r => !r.Revoked && r.Minutes > 0);

    /// <summary>Minutes a volunteer has on one day, leaving out one version (the one being corrected).</summary>
    public static Task<int> MinutesOnDayAsync(
        this VolunteersDbContext db, string volunteerId, DateOnly day, string? exceptVersionId, CancellationToken cancellationToken) =>
        db.Counting()
            .Where(r => r.VolunteerId == volunteerId && r.ServiceDate == day && r.Id != exceptVersionId)
            .SumAsync(r => r.Minutes, cancellationToken);
}
