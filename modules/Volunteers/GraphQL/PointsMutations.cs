using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Hosting.Data;
using Platform.Hosting.Hierarchy;
using Platform.Volunteers.Data;
using Platform.Volunteers.Domain;

namespace Platform.Volunteers.GraphQL;

/// <summary>
/// Redeeming points (积分兑换). The ledger line is inserted first: its (volunteer, key) index is unique, so a second
/// request with the same key — repeated or concurrent — waits for the first and then fails to insert, and is answered
/// with the first one's entry. The balance is debited only if it covers the points, so it never goes below zero.
/// </summary>
[ExtendObjectType("Mutation")]
public sealed class PointsMutations
{
    [GraphQLDescription("Redeems points; the same idempotencyKey applies once and returns the same entry.")]
    public async Task<PointsEntry> RedeemPointsAsync(
        RedeemPointsInput input, ClaimsPrincipal? user, VolunteersDbContext db, IUnitHierarchy hierarchy, PointsLedger ledger, TimeProvider clock, CancellationToken cancellationToken)
    {
        EntityIds.Ensure(input.VolunteerId, "volunteer");
        VolunteerAccess.EnsureSignedIn(user);
        var homeUnit = await db.Volunteers.Where(v => v.Id == input.VolunteerId).Select(v => v.HomeUnitId)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw VolunteerErrors.Create(VolunteerErrors.VolunteerNotFound, $"No volunteer has the id \"{input.VolunteerId}\".");
        await VolunteerAccess.EnsureCanRedeemAsync(user, input.VolunteerId, homeUnit, hierarchy, cancellationToken).ConfigureAwait(false);
        var points = PointsRules.EnsureRedeemable(input.Points);
        var key = "redeem:" + PointsRules.EnsureKey(input.IdempotencyKey);
        var note = TextRules.Optional(input.Note, "The note", VolunteersDbContext.MaxContentLength);

        var entry = new PointsEntry
        {
            Id = EntityIds.New(),
            VolunteerId = input.VolunteerId,
            Kind = PointsEntryKind.Redeem,
            Points = -points,
            IdempotencyKey = key,
            Note = note,
            CreatedAt = clock.GetUtcNow(),
        };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            db.PointsEntries.Add(entry);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException repeated) when (UniqueViolation.Is(repeated, "ux_points_entries_volunteer_key"))
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                return await EarlierAsync(db, input.VolunteerId, key, points, cancellationToken).ConfigureAwait(false);
            }

            var balance = await ledger.TryDebitAsync(input.VolunteerId, points, cancellationToken).ConfigureAwait(false);
            if (balance is null)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                throw VolunteerErrors.Create(VolunteerErrors.InsufficientPoints, $"The volunteer has fewer than {points} points.");
            }

            entry.BalanceAfter = balance.Value;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return entry;
    }

    private static async Task<PointsEntry> EarlierAsync(VolunteersDbContext db, string volunteerId, string key, long points, CancellationToken cancellationToken)
    {
        var earlier = await db.PointsEntries.AsNoTracking().SingleAsync(e => e.VolunteerId == volunteerId && e.IdempotencyKey == key, cancellationToken).ConfigureAwait(false);
        return earlier.Points == -points
            ? earlier
            : throw VolunteerErrors.Create(VolunteerErrors.IdempotencyKeyReused, "This idempotency key was already used for a different redemption.");
    }
}
