using Microsoft.EntityFrameworkCore;
using Platform.Hosting.Data;
using Platform.Venues.Domain;

namespace Platform.Venues.Data;

/// <summary>The Venues module's database: venues in one table, rooms and opening intervals as JSON columns.</summary>
public sealed class VenuesDbContext(DbContextOptions<VenuesDbContext> options) : DbContext(options)
{
    public DbSet<Venue> Venues => Set<Venue>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var venue = modelBuilder.Entity<Venue>();
        venue.ToTable("venues");
        venue.HasKey(v => v.Id);
        venue.Property(v => v.Id).HasColumnName("id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        venue.Property(v => v.UnitId).HasColumnName("unit_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        venue.Property(v => v.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(32);
        venue.Property(v => v.Name).HasColumnName("name").HasMaxLength(VenueRules.MaxNameLength);
        venue.Property(v => v.Address).HasColumnName("address").HasMaxLength(VenueRules.MaxAddressLength);
        venue.Property(v => v.Latitude).HasColumnName("latitude");
        venue.Property(v => v.Longitude).HasColumnName("longitude");
        venue.Property(v => v.ContactPhone).HasColumnName("contact_phone").HasMaxLength(VenueRules.MaxPhoneLength);
        venue.Property(v => v.QrCodeUrl).HasColumnName("qr_code_url").HasMaxLength(VenueRules.MaxUrlLength);
        venue.Property(v => v.Rooms).HasColumnName("rooms").HasJsonConversion();
        venue.Property(v => v.OpeningIntervals).HasColumnName("opening_intervals").HasJsonConversion();
        venue.Property(v => v.HasFixedPlace).HasColumnName("has_fixed_place");
        venue.Property(v => v.HasSignage).HasColumnName("has_signage");
        venue.Property(v => v.HasOfficeFacilities).HasColumnName("has_office_facilities");
        venue.Property(v => v.HasPublicityDisplays).HasColumnName("has_publicity_displays");
        venue.Property(v => v.Archived).HasColumnName("archived");

        // venuesNear prefilters on a latitude/longitude box: one range scan on latitude, longitude checked from the index.
        venue.HasIndex(v => new { v.Latitude, v.Longitude }).HasDatabaseName("ix_venues_location");
        venue.HasIndex(v => new { v.UnitId, v.Name }).HasDatabaseName("ix_venues_unit_name");
        venue.HasIndex(v => new { v.Name, v.Id }).HasDatabaseName("ix_venues_name");
    }
}
