using Microsoft.EntityFrameworkCore;

namespace Platform.Organization.Data;

/// <summary>The Organization module's database: the unit tree in one table.</summary>
public sealed class OrganizationDbContext(DbContextOptions<OrganizationDbContext> options) : DbContext(options)
{
    public const int MaxNameLength = 100;

    /// <summary>Depth × (32 hex digits + separator), with room for deep Shandong trees.</summary>
    public const int MaxPathLength = 33 * 12 + 1;

    public DbSet<OrgUnit> Units => Set<OrgUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var unit = modelBuilder.Entity<OrgUnit>();
        unit.ToTable("org_units");
        unit.HasKey(u => u.Id);
        unit.Property(u => u.Id).HasColumnName("id").HasMaxLength(32).IsUnicode(false);
        unit.Property(u => u.Name).HasColumnName("name").HasMaxLength(MaxNameLength);
        unit.Property(u => u.AdministrativeCode).HasColumnName("administrative_code").HasMaxLength(12).IsUnicode(false);
        unit.Property(u => u.Level).HasColumnName("level").HasConversion<string>().HasMaxLength(16);
        unit.Property(u => u.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(16);
        unit.Property(u => u.ResidentPopulation).HasColumnName("resident_population");
        unit.Property(u => u.FullTimeStaff).HasColumnName("full_time_staff");
        unit.Property(u => u.DedicatedManagers).HasColumnName("dedicated_managers");
        unit.Property(u => u.PilotLevel).HasColumnName("pilot_level").HasConversion<string>().HasMaxLength(16);
        unit.Property(u => u.Archived).HasColumnName("archived");
        unit.Property(u => u.ParentId).HasColumnName("parent_id").HasMaxLength(32).IsUnicode(false);
        unit.Property(u => u.Path).HasColumnName("path").HasMaxLength(MaxPathLength).IsUnicode(false);
        unit.Property(u => u.Depth).HasColumnName("depth");

        unit.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);

        // A subtree is the path range [prefix, prefix-end) (see UnitPath.SubtreeEnd): byte order makes it one index range,
        // which also yields descendants in tree order. SQLite compares bytes already; PostgreSQL needs the C collation.
        if (Database.IsNpgsql())
        {
            unit.Property(u => u.Path).UseCollation("C");

            // Name search is LIKE '%text%' (see UnitSearch): a trigram GIN index answers it without reading every name.
            modelBuilder.HasPostgresExtension("pg_trgm");
            unit.HasIndex(u => u.Name, "ix_org_units_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        }

        unit.HasIndex(u => u.Path).HasDatabaseName("ix_org_units_path");
        unit.HasIndex(u => new { u.ParentId, u.Name }).HasDatabaseName("ix_org_units_parent_name");
        unit.HasIndex(u => new { u.Name, u.Id }).HasDatabaseName("ix_org_units_name");
    }
}
