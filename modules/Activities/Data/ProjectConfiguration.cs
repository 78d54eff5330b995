using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Activities.Domain;

namespace Platform.Activities.Data;

/// <summary>
/// Tables <c>projects</c> (team ids as a JSON text column, the same on PostgreSQL and SQLite; <c>version</c> a
/// concurrency token) and <c>project_events</c> (sequence unique per project).
/// </summary>
internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>, IEntityTypeConfiguration<ProjectEvent>
{
    private static readonly ValueComparer<List<string>> ListComparer = new(
        (left, right) => (left ?? new List<string>()).SequenceEqual(right ?? new List<string>()),
        list => string.Join(",", list).GetHashCode(StringComparison.Ordinal),
        list => list.ToList());

    public void Configure(EntityTypeBuilder<Project> project)
    {
        project.ToTable("projects");
        project.HasKey(p => p.Id);
        project.Property(p => p.Id).HasColumnName("id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        project.Property(p => p.UnitId).HasColumnName("unit_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        project.Property(p => p.Name).HasColumnName("name").HasMaxLength(ProjectRules.MaxNameLength);
        project.Property(p => p.Description).HasColumnName("description").HasMaxLength(ProjectRules.MaxDescriptionLength);
        project.Property(p => p.Content).HasColumnName("content").HasConversion<string>().HasMaxLength(32);
        project.Property(p => p.TeamIds).HasColumnName("team_ids").HasConversion(
            ids => JsonSerializer.Serialize(ids, (JsonSerializerOptions?)null),
            text => JsonSerializer.Deserialize<List<string>>(text, (JsonSerializerOptions?)null) ?? new List<string>(),
            ListComparer);
        project.Property(p => p.Stage).HasColumnName("stage").HasConversion<string>().HasMaxLength(32);
        project.Property(p => p.Round).HasColumnName("round");
        project.Property(p => p.LibraryStatus).HasColumnName("library_status").HasConversion<string>().HasMaxLength(32);
        project.Property(p => p.LibraryRejectionReason).HasColumnName("library_rejection_reason").HasMaxLength(ProjectRules.MaxNoteLength);
        project.Property(p => p.IsBrand).HasColumnName("is_brand");
        project.Property(p => p.CreatedAt).HasColumnName("created_at").AsUtcDateTime();
        project.Property(p => p.UpdatedAt).HasColumnName("updated_at").AsUtcDateTime();
        project.Property(p => p.Version).HasColumnName("version").IsConcurrencyToken();
        project.HasIndex(p => new { p.UnitId, p.Name }).HasDatabaseName("ix_projects_unit_name");
        project.HasIndex(p => new { p.LibraryStatus, p.Name }).HasDatabaseName("ix_projects_library_status");
    }

    public void Configure(EntityTypeBuilder<ProjectEvent> entry)
    {
        entry.ToTable("project_events");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).HasColumnName("id").ValueGeneratedOnAdd();
        entry.Property(e => e.ProjectId).HasColumnName("project_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        entry.Property(e => e.Sequence).HasColumnName("sequence");
        entry.Property(e => e.Action).HasColumnName("action").HasConversion<string>().HasMaxLength(32);
        entry.Property(e => e.From).HasColumnName("from_state").HasMaxLength(32);
        entry.Property(e => e.To).HasColumnName("to_state").HasMaxLength(32);
        entry.Property(e => e.Round).HasColumnName("round");
        entry.Property(e => e.ActorSubject).HasColumnName("actor_subject").HasMaxLength(200);
        entry.Property(e => e.At).HasColumnName("at").AsUtcDateTime();
        entry.Property(e => e.Note).HasColumnName("note").HasMaxLength(ProjectRules.MaxNoteLength);
        entry.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        entry.HasIndex(e => new { e.ProjectId, e.Sequence }).IsUnique().HasDatabaseName("ux_project_events_sequence");
    }
}
