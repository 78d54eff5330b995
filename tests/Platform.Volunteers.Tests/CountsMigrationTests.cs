using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Testing;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.Tests;

/// <summary>
/// The <c>UnitVolunteerCounts</c> migration on a database with volunteers from before it: each volunteer's with-hours flag
/// follows their current records, each home unit gets its counts and itself as its ancestry.
/// </summary>
public sealed class CountsMigrationTests
{
    [Fact]
    public async Task Volunteers_registered_before_the_counts_migration_are_counted_at_their_home_unit()
    {
        var options = new DbContextOptionsBuilder<VolunteersDbContext>().UseNpgsql(await PostgresServer.CreateDatabaseAsync("volunteers_migration")).Options;
        await using var db = new VolunteersDbContext(options);
        var migrator = db.GetService<IMigrator>();
        var initial = db.Database.GetMigrations().Single(m => m.EndsWith("_InitialVolunteers", StringComparison.Ordinal));
        await migrator.MigrateAsync(initial);
        var unit = VolunteerClient.NewUnit();
        var other = VolunteerClient.NewUnit();
        await InsertVolunteerAsync(db, "a", unit, partyMember: true);
        await InsertVolunteerAsync(db, "b", unit, partyMember: false);
        await InsertVolunteerAsync(db, "c", other, partyMember: true);
        await InsertRecordAsync(db, "a1", "a", 60, revoked: false, previous: null);
        await InsertRecordAsync(db, "b1", "b", 60, revoked: false, previous: null);
        await InsertRecordAsync(db, "b2", "b", 0, revoked: true, previous: "b1");

        await migrator.MigrateAsync();

        var counts = await db.HomeUnitCounts.AsNoTracking().OrderBy(c => c.Registered).ToListAsync();
        Assert.Equal([other, unit], counts.Select(c => c.UnitId));
        Assert.Equal((2, 1, 1, 1), (counts[1].Registered, counts[1].WithHours, counts[1].PartyMembers, counts[1].PartyMembersWithHours));
        Assert.Equal((1, 0, 1, 0), (counts[0].Registered, counts[0].WithHours, counts[0].PartyMembers, counts[0].PartyMembersWithHours));
        Assert.Equal(["a"], await db.Volunteers.Where(v => v.HasHours).Select(v => v.Id).ToListAsync());
        Assert.True(await db.UnitAncestors.AllAsync(a => a.UnitId == a.AncestorId));
        Assert.Equal(2, await db.UnitAncestors.CountAsync());
    }

    private static Task InsertVolunteerAsync(VolunteersDbContext db, string id, string unit, bool partyMember) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO volunteers (id, real_name, party_member, skills, registered_at, home_unit_id, id_card_cipher, id_card_hash, phone_cipher, points_balance, write_sequence)
            VALUES ({id}, '张三', {partyMember}, ARRAY[]::text[], now(), {unit}, '\x00', {System.Text.Encoding.ASCII.GetBytes(id)}, '\x00', 0, 0)
            """);

    private static Task InsertRecordAsync(VolunteersDbContext db, string id, string volunteer, int minutes, bool revoked, string? previous) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO service_records (id, record_id, version, previous_version_id, volunteer_id, activity_id, unit_id, service_date, minutes, content, revoked, recorded_by, recorded_at)
            VALUES ({id}, {previous ?? id}, {(previous is null ? 1 : 2)}, {previous}, {volunteer}, 'activity', 'unit', DATE '2026-03-01', {minutes}, '服务', {revoked}, 'test', now())
            """);
}
