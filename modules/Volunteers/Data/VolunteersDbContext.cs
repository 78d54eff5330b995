using Microsoft.EntityFrameworkCore;

namespace Platform.Volunteers.Data;

/// <summary>The Volunteers module's database: volunteers, teams and their catalog, service records, the points ledger.</summary>
public sealed class VolunteersDbContext(DbContextOptions<VolunteersDbContext> options) : DbContext(options)
{
    public const int MaxNameLength = 100;
    public const int MaxContentLength = 1000;

    public DbSet<Volunteer> Volunteers => Set<Volunteer>();

    public DbSet<UnitAncestor> UnitAncestors => Set<UnitAncestor>();

    public DbSet<HomeUnitCount> HomeUnitCounts => Set<HomeUnitCount>();

    public DbSet<TeamCategory> TeamCategories => Set<TeamCategory>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();

    public DbSet<ServiceRecord> ServiceRecords => Set<ServiceRecord>();

    public DbSet<PointsEntry> PointsEntries => Set<PointsEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var volunteer = modelBuilder.Entity<Volunteer>();
        volunteer.ToTable("volunteers");
        volunteer.HasKey(v => v.Id);
        volunteer.Property(v => v.Id).HasColumnName("id").HasMaxLength(32).IsUnicode(false);
        volunteer.Property(v => v.NationalNumber).HasColumnName("national_number").HasMaxLength(32);
        volunteer.Property(v => v.RealName).HasColumnName("real_name").HasMaxLength(MaxNameLength);
        volunteer.Property(v => v.PartyMember).HasColumnName("party_member");
        volunteer.Property(v => v.Skills).HasColumnName("skills");
        volunteer.Property(v => v.RegisteredAt).HasColumnName("registered_at");
        volunteer.Property(v => v.HomeUnitId).HasColumnName("home_unit_id").HasMaxLength(32).IsUnicode(false);
        volunteer.Property(v => v.IdCardCipher).HasColumnName("id_card_cipher");
        volunteer.Property(v => v.IdCardHash).HasColumnName("id_card_hash");
        volunteer.Property(v => v.PhoneCipher).HasColumnName("phone_cipher");
        volunteer.Property(v => v.PointsBalance).HasColumnName("points_balance");
        volunteer.Property(v => v.WriteSequence).HasColumnName("write_sequence");
        volunteer.Property(v => v.HasHours).HasColumnName("has_hours");
        volunteer.HasIndex(v => v.IdCardHash).IsUnique().HasDatabaseName("ux_volunteers_id_card_hash");
        volunteer.HasIndex(v => v.NationalNumber).IsUnique().HasDatabaseName("ux_volunteers_national_number");
        volunteer.HasIndex(v => v.HomeUnitId).HasDatabaseName("ix_volunteers_home_unit");
        volunteer.ToTable(table => table.HasCheckConstraint("ck_volunteers_points_balance", "points_balance >= 0"));

        var category = modelBuilder.Entity<TeamCategory>();
        category.ToTable("team_categories");
        category.HasKey(c => c.Code);
        category.Property(c => c.Code).HasColumnName("code").HasMaxLength(40).IsUnicode(false);
        category.Property(c => c.Name).HasColumnName("name").HasMaxLength(MaxNameLength);
        category.Property(c => c.Groups).HasColumnName("groups");
        category.Property(c => c.UnitId).HasColumnName("unit_id").HasMaxLength(32).IsUnicode(false);
        category.Property(c => c.SortOrder).HasColumnName("sort_order");
        category.HasIndex(c => new { c.UnitId, c.Name }).IsUnique().HasDatabaseName("ux_team_categories_unit_name");

        var team = modelBuilder.Entity<Team>();
        team.ToTable("teams");
        team.HasKey(t => t.Id);
        team.Property(t => t.Id).HasColumnName("id").HasMaxLength(32).IsUnicode(false);
        team.Property(t => t.Name).HasColumnName("name").HasMaxLength(MaxNameLength);
        team.Property(t => t.Level).HasColumnName("level").HasConversion<string>().HasMaxLength(20);
        team.Property(t => t.CreatedAt).HasColumnName("created_at");
        team.Property(t => t.CategoryCode).HasColumnName("category_code").HasMaxLength(40).IsUnicode(false);
        team.Property(t => t.UnitId).HasColumnName("unit_id").HasMaxLength(32).IsUnicode(false);
        team.Property(t => t.ParentTeamId).HasColumnName("parent_team_id").HasMaxLength(32).IsUnicode(false);
        team.HasOne<TeamCategory>().WithMany().HasForeignKey(t => t.CategoryCode).OnDelete(DeleteBehavior.Restrict);
        team.HasOne<Team>().WithMany().HasForeignKey(t => t.ParentTeamId).OnDelete(DeleteBehavior.Restrict);
        team.HasIndex(t => t.UnitId).HasDatabaseName("ix_teams_unit");

        var member = modelBuilder.Entity<TeamMember>();
        member.ToTable("team_members");
        member.HasKey(m => new { m.TeamId, m.VolunteerId });
        member.Property(m => m.TeamId).HasColumnName("team_id").HasMaxLength(32).IsUnicode(false);
        member.Property(m => m.VolunteerId).HasColumnName("volunteer_id").HasMaxLength(32).IsUnicode(false);
        member.Property(m => m.JoinedAt).HasColumnName("joined_at");
        member.HasOne<Team>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        member.HasOne<Volunteer>().WithMany().HasForeignKey(m => m.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        member.HasIndex(m => m.VolunteerId).HasDatabaseName("ix_team_members_volunteer");

        ConfigureVolunteerRegions(modelBuilder);
        ConfigureServiceRecords(modelBuilder);
        ConfigurePointsEntries(modelBuilder);
    }

    /// <summary>Ancestry keyed by the ancestor first (a unit's figures read its subtree's home units by that prefix).</summary>
    private static void ConfigureVolunteerRegions(ModelBuilder modelBuilder)
    {
        var ancestor = modelBuilder.Entity<UnitAncestor>();
        ancestor.ToTable("unit_ancestors");
        ancestor.HasKey(a => new { a.AncestorId, a.UnitId });
        ancestor.Property(a => a.UnitId).HasColumnName("unit_id").HasMaxLength(32).IsUnicode(false);
        ancestor.Property(a => a.AncestorId).HasColumnName("ancestor_id").HasMaxLength(32).IsUnicode(false);
        ancestor.HasIndex(a => a.UnitId).HasDatabaseName("ix_unit_ancestors_unit");

        var count = modelBuilder.Entity<HomeUnitCount>();
        count.ToTable("home_unit_counts");
        count.HasKey(c => c.UnitId);
        count.Property(c => c.UnitId).HasColumnName("unit_id").HasMaxLength(32).IsUnicode(false);
        count.Property(c => c.Registered).HasColumnName("registered");
        count.Property(c => c.WithHours).HasColumnName("with_hours");
        count.Property(c => c.PartyMembers).HasColumnName("party_members");
        count.Property(c => c.PartyMembersWithHours).HasColumnName("party_members_with_hours");
    }

    private static void ConfigureServiceRecords(ModelBuilder modelBuilder)
    {
        var record = modelBuilder.Entity<ServiceRecord>();
        record.ToTable("service_records", table => table.HasCheckConstraint("ck_service_records_minutes", "minutes >= 0 AND minutes <= 1440"));
        record.HasKey(r => r.Id);
        record.Property(r => r.Id).HasColumnName("id").HasMaxLength(32).IsUnicode(false);
        record.Property(r => r.RecordId).HasColumnName("record_id").HasMaxLength(32).IsUnicode(false);
        record.Property(r => r.Version).HasColumnName("version");
        record.Property(r => r.PreviousVersionId).HasColumnName("previous_version_id").HasMaxLength(32).IsUnicode(false);
        record.Property(r => r.VolunteerId).HasColumnName("volunteer_id").HasMaxLength(32).IsUnicode(false);
        record.Property(r => r.ActivityId).HasColumnName("activity_id").HasMaxLength(64);
        record.Property(r => r.UnitId).HasColumnName("unit_id").HasMaxLength(32).IsUnicode(false);
        record.Property(r => r.ServiceDate).HasColumnName("service_date");
        record.Property(r => r.Minutes).HasColumnName("minutes");
        record.Property(r => r.Content).HasColumnName("content").HasMaxLength(MaxContentLength);
        record.Property(r => r.Rating).HasColumnName("rating");
        record.Property(r => r.Revoked).HasColumnName("revoked");
        record.Property(r => r.Reason).HasColumnName("reason").HasMaxLength(MaxContentLength);
        record.Property(r => r.RecordedBy).HasColumnName("recorded_by").HasMaxLength(200);
        record.Property(r => r.RecordedAt).HasColumnName("recorded_at");
        record.Ignore(r => r.Hours);
        record.HasOne<Volunteer>().WithMany().HasForeignKey(r => r.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        record.HasOne<ServiceRecord>().WithOne().HasForeignKey<ServiceRecord>(r => r.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);
        record.HasIndex(r => r.PreviousVersionId).IsUnique().HasDatabaseName("ux_service_records_previous_version");
        record.HasIndex(r => new { r.VolunteerId, r.ServiceDate }).HasDatabaseName("ix_service_records_volunteer_date");
        record.HasIndex(r => new { r.RecordId, r.Version }).IsUnique().HasDatabaseName("ux_service_records_record_version");
    }

    private static void ConfigurePointsEntries(ModelBuilder modelBuilder)
    {
        var entry = modelBuilder.Entity<PointsEntry>();
        entry.ToTable("points_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).HasColumnName("id").HasMaxLength(32).IsUnicode(false);
        entry.Property(e => e.VolunteerId).HasColumnName("volunteer_id").HasMaxLength(32).IsUnicode(false);
        entry.Property(e => e.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(10);
        entry.Property(e => e.Points).HasColumnName("points");
        entry.Property(e => e.BalanceAfter).HasColumnName("balance_after");
        entry.Property(e => e.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(120);
        entry.Property(e => e.ServiceRecordVersionId).HasColumnName("service_record_version_id").HasMaxLength(32).IsUnicode(false);
        entry.Property(e => e.Note).HasColumnName("note").HasMaxLength(MaxContentLength);
        entry.Property(e => e.CreatedAt).HasColumnName("created_at");
        entry.HasOne<Volunteer>().WithMany().HasForeignKey(e => e.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        entry.HasIndex(e => new { e.VolunteerId, e.IdempotencyKey }).IsUnique().HasDatabaseName("ux_points_entries_volunteer_key");
    }
}
