using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Activities.Domain;

namespace Platform.Activities.Data;

/// <summary>
/// Maps activities with their regions, team links and sign-ups. Instants are stored as UTC timestamps (timestamptz on
/// PostgreSQL, sortable text on SQLite, where EF Core cannot order DateTimeOffset); small lists as JSON text.
/// </summary>
internal sealed class ActivityConfiguration :
    IEntityTypeConfiguration<Activity>, IEntityTypeConfiguration<ActivityRegion>, IEntityTypeConfiguration<ActivityTeamLink>, IEntityTypeConfiguration<ActivitySignUp>
{
    public void Configure(EntityTypeBuilder<Activity> activity)
    {
        activity.ToTable("activities");
        activity.HasKey(a => a.Id);
        activity.Property(a => a.Id).HasColumnName("id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        activity.Property(a => a.Title).HasColumnName("title").HasMaxLength(ActivityRules.MaxTitleLength);
        activity.Property(a => a.Description).HasColumnName("description").HasMaxLength(ActivityRules.MaxDescriptionLength);
        activity.Property(a => a.Content).HasColumnName("content").HasConversion<string>().HasMaxLength(24);
        activity.Property(a => a.ServiceKind).HasColumnName("service_kind").HasConversion<string>().HasMaxLength(24);
        activity.Property(a => a.OrganizingUnitId).HasColumnName("organizing_unit_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        activity.Property(a => a.VenueId).HasColumnName("venue_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        activity.Property(a => a.TeamIds).HasColumnName("team_ids").AsJson();
        activity.Property(a => a.StartsAt).HasColumnName("starts_at").AsUtc();
        activity.Property(a => a.EndsAt).HasColumnName("ends_at").AsUtc();
        activity.Property(a => a.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        activity.Property(a => a.IsPublic).HasColumnName("is_public");
        activity.Property(a => a.PictureUrls).HasColumnName("picture_urls").AsJson();
        activity.Property(a => a.ParticipantCount).HasColumnName("participant_count");
        activity.Property(a => a.SignUpCount).HasColumnName("sign_up_count");
        activity.Property(a => a.Capacity).HasColumnName("capacity");
        activity.Property(a => a.CheckInCode).HasColumnName("check_in_code").HasMaxLength(ActivityAttendance.CodeLength).IsUnicode(false);
        activity.Property(a => a.CreatedAt).HasColumnName("created_at").AsUtc();
        activity.Property(a => a.UpdatedAt).HasColumnName("updated_at").AsUtc();
        activity.Property(a => a.PublishedAt).HasColumnName("published_at").AsUtc();
        activity.HasMany(a => a.Regions).WithOne().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Cascade);

        // The feed pages by (updated_at, id); a unit's activities by start.
        activity.HasIndex(a => new { a.UpdatedAt, a.Id }).HasDatabaseName("ix_activities_feed");
        activity.HasIndex(a => new { a.OrganizingUnitId, a.StartsAt }).HasDatabaseName("ix_activities_unit_start");
    }

    public void Configure(EntityTypeBuilder<ActivityRegion> region)
    {
        region.ToTable("activity_regions");
        region.HasKey(r => new { r.UnitId, r.ActivityId });
        region.Property(r => r.UnitId).HasColumnName("unit_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        region.Property(r => r.ActivityId).HasColumnName("activity_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        region.Property(r => r.UpdatedAt).HasColumnName("updated_at").AsUtc();
        region.Property(r => r.Listed).HasColumnName("listed");
        region.HasIndex(r => r.ActivityId).HasDatabaseName("ix_activity_regions_activity");

        // A region's feed page: one range of this index, already in feed order.
        region.HasIndex(r => new { r.UnitId, r.Listed, r.UpdatedAt, r.ActivityId }).HasDatabaseName("ix_activity_regions_feed");
    }

    public void Configure(EntityTypeBuilder<ActivityTeamLink> link)
    {
        link.ToTable("activity_teams");
        link.HasKey(l => new { l.TeamId, l.ActivityId });
        link.Property(l => l.TeamId).HasColumnName("team_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        link.Property(l => l.ActivityId).HasColumnName("activity_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        link.HasOne<Activity>().WithMany().HasForeignKey(l => l.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ActivitySignUp> signUp)
    {
        signUp.ToTable("activity_sign_ups");
        signUp.HasKey(s => new { s.ActivityId, s.VolunteerId });
        signUp.Property(s => s.ActivityId).HasColumnName("activity_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        signUp.Property(s => s.VolunteerId).HasColumnName("volunteer_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        signUp.Property(s => s.SignedUpAt).HasColumnName("signed_up_at").AsUtc();
        signUp.Property(s => s.CancelledAt).HasColumnName("cancelled_at").AsUtc();
        signUp.Property(s => s.CheckedInAt).HasColumnName("checked_in_at").AsUtc();
        signUp.Property(s => s.CheckedOutAt).HasColumnName("checked_out_at").AsUtc();
        signUp.Property(s => s.ServiceRecordId).HasColumnName("service_record_id").HasMaxLength(64);
        signUp.Property(s => s.RecordedMinutes).HasColumnName("recorded_minutes");
        signUp.Property(s => s.RecordErrorCode).HasColumnName("record_error_code").HasMaxLength(64);
        signUp.Property(s => s.RecordErrorMessage).HasColumnName("record_error_message").HasMaxLength(1000);
        signUp.Ignore(s => s.IsActive);
        signUp.HasOne<Activity>().WithMany().HasForeignKey(s => s.ActivityId).OnDelete(DeleteBehavior.Cascade);
        signUp.HasIndex(s => s.VolunteerId).HasDatabaseName("ix_activity_sign_ups_volunteer");
    }
}
