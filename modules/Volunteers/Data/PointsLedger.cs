using Microsoft.EntityFrameworkCore;
using Platform.Volunteers.Domain;

namespace Platform.Volunteers.Data;

/// <summary>
/// Writes to the points ledger and the balance beside it. Callers hold a transaction; earnings and adjustments run
/// after the volunteer's row is locked (see <see cref="VolunteerLock"/>). A negative adjustment (a correction or
/// revocation after the points were spent) takes the balance down to zero at most and records what it took.
/// </summary>
public sealed class PointsLedger(VolunteersDbContext db, PointsRules rules)
{
    /// <summary>Records what a new record version changes in earned points (nothing when the change rounds to 0).</summary>
    public async Task ApplyServiceChangeAsync(ServiceRecord version, ServiceRecord? previous, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var earned = version.Revoked ? 0 : rules.ForMinutes(version.Minutes);
        var before = previous is null || previous.Revoked ? 0 : rules.ForMinutes(previous.Minutes);
        var change = earned - before;
        if (change == 0)
        {
            return;
        }

        var balance = await db.Volunteers.Where(v => v.Id == version.VolunteerId).Select(v => v.PointsBalance)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var applied = Math.Max(change, -balance);
        await SetBalanceAsync(version.VolunteerId, balance + applied, cancellationToken).ConfigureAwait(false);
        db.PointsEntries.Add(new PointsEntry
        {
            Id = EntityIds.New(),
            VolunteerId = version.VolunteerId,
            Kind = previous is null ? PointsEntryKind.Earn : PointsEntryKind.Adjust,
            Points = applied,
            BalanceAfter = balance + applied,
            IdempotencyKey = "service:" + version.Id,
            ServiceRecordVersionId = version.Id,
            Note = applied == change ? null : $"{change} points due; {-applied} were left to take.",
            CreatedAt = now,
        });
    }

    /// <summary>Takes <paramref name="points"/> off the balance if it has them; false (and nothing changed) if not.</summary>
    public async Task<long?> TryDebitAsync(string volunteerId, long points, CancellationToken cancellationToken)
    {
        var changed = await db.Volunteers
            .Where(v => v.Id == volunteerId && v.PointsBalance >= points)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.PointsBalance, v => v.PointsBalance - points), cancellationToken)
            .ConfigureAwait(false);
        if (changed == 0)
        {
            return null;
        }

        return await db.Volunteers.Where(v => v.Id == volunteerId).Select(v => v.PointsBalance).SingleAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task<int> SetBalanceAsync(string volunteerId, long balance, CancellationToken cancellationToken) =>
        db.Volunteers.Where(v => v.Id == volunteerId)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.PointsBalance, balance), cancellationToken);
}
