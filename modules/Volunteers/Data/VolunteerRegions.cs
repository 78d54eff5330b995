using Microsoft.EntityFrameworkCore;

namespace Platform.Volunteers.Data;

/// <summary>
/// The writes behind subtree figures, inside the caller's transaction: a home unit's ancestry (<see cref="UnitAncestor"/>)
/// and its counts (<see cref="HomeUnitCount"/>), changed by atomic upserts so concurrent registrations never lose one.
/// </summary>
public static class VolunteerRegions
{
    /// <summary>Moves one volunteer's counts from one home unit to another, the two rows in id order (so opposite moves cannot deadlock).</summary>
    public static async Task MoveCountAsync(VolunteersDbContext db, string fromUnitId, string toUnitId, bool partyMember, bool hasHours, CancellationToken cancellationToken)
    {
        foreach (var (unit, sign) in new[] { (fromUnitId, -1), (toUnitId, 1) }.OrderBy(change => change.Item1, StringComparer.Ordinal))
        {
            await CountAsync(db, unit, partyMember, hasHours, sign, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Adds (<paramref name="sign"/> = 1) or takes away (-1) one volunteer from their home unit's counts.</summary>
    public static Task CountAsync(VolunteersDbContext db, string homeUnitId, bool partyMember, bool hasHours, int sign, CancellationToken cancellationToken) =>
        AddAsync(db, homeUnitId, sign, hasHours ? sign : 0, partyMember ? sign : 0, partyMember && hasHours ? sign : 0, cancellationToken);

    /// <summary>A volunteer's with-hours flag changed to <paramref name="hasHours"/>.</summary>
    public static Task CountHoursChangeAsync(VolunteersDbContext db, string homeUnitId, bool partyMember, bool hasHours, CancellationToken cancellationToken)
    {
        var change = hasHours ? 1 : -1;
        return AddAsync(db, homeUnitId, 0, change, 0, partyMember ? change : 0, cancellationToken);
    }

    /// <summary>Stores <paramref name="units"/> (the unit and its ancestors) as the unit's ancestry when they differ from what is stored.</summary>
    public static async Task RecordAncestryAsync(VolunteersDbContext db, string unitId, IReadOnlyCollection<string> units, CancellationToken cancellationToken)
    {
        var stored = await db.UnitAncestors.Where(a => a.UnitId == unitId).Select(a => a.AncestorId).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (stored.ToHashSet(StringComparer.Ordinal).SetEquals(units))
        {
            return;
        }

        await db.UnitAncestors.Where(a => a.UnitId == unitId && !units.Contains(a.AncestorId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        foreach (var ancestor in units.Order(StringComparer.Ordinal))
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO unit_ancestors (ancestor_id, unit_id) VALUES ({ancestor}, {unitId}) ON CONFLICT DO NOTHING", cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task AddAsync(
        VolunteersDbContext db, string unitId, int registered, int withHours, int party, int partyWithHours, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO home_unit_counts (unit_id, registered, with_hours, party_members, party_members_with_hours)
            VALUES ({unitId}, {registered}, {withHours}, {party}, {partyWithHours})
            ON CONFLICT (unit_id) DO UPDATE SET
                registered = home_unit_counts.registered + excluded.registered,
                with_hours = home_unit_counts.with_hours + excluded.with_hours,
                party_members = home_unit_counts.party_members + excluded.party_members,
                party_members_with_hours = home_unit_counts.party_members_with_hours + excluded.party_members_with_hours
            """, cancellationToken);
}
