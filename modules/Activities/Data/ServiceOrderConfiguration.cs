using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Activities.Domain;

namespace Platform.Activities.Data;

/// <summary>
/// Tables <c>service_orders</c> and <c>service_order_history</c>. The order's <c>version</c> is a concurrency token (every
/// UPDATE carries <c>WHERE version = @seen</c>) and each history entry's sequence is unique per order, so of two steps
/// racing on one version exactly one is saved.
/// </summary>
internal sealed class ServiceOrderConfiguration : IEntityTypeConfiguration<ServiceOrder>, IEntityTypeConfiguration<ServiceOrderHistoryEntry>
{
    public const string HistorySequenceIndex = "ux_service_order_history_sequence";

    public void Configure(EntityTypeBuilder<ServiceOrder> order)
    {
        order.ToTable("service_orders");
        order.HasKey(o => o.Id);
        order.Property(o => o.Id).HasColumnName("id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        order.Property(o => o.CitizenSubject).HasColumnName("citizen_subject").HasMaxLength(200);
        order.Property(o => o.UnitId).HasColumnName("unit_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        order.Property(o => o.OriginUnitId).HasColumnName("origin_unit_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        order.Property(o => o.Need).HasColumnName("need").HasMaxLength(ServiceOrderRules.MaxNeedLength);
        order.Property(o => o.Content).HasColumnName("content").HasConversion<string>().HasMaxLength(32);
        order.Property(o => o.WishedTime).HasColumnName("wished_time").AsUtcDateTime();
        order.Property(o => o.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(32);
        order.Property(o => o.AssigneeKind).HasColumnName("assignee_kind").HasConversion<string>().HasMaxLength(16);
        order.Property(o => o.AssigneeId).HasColumnName("assignee_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        order.Property(o => o.Rating).HasColumnName("rating");
        order.Property(o => o.RatingComment).HasColumnName("rating_comment").HasMaxLength(ServiceOrderRules.MaxReasonLength);
        order.Property(o => o.RewardNote).HasColumnName("reward_note").HasMaxLength(ServiceOrderRules.MaxReasonLength);
        order.Property(o => o.RewardPoints).HasColumnName("reward_points");
        order.Property(o => o.PlacedAt).HasColumnName("placed_at").AsUtcDateTime();
        order.Property(o => o.UpdatedAt).HasColumnName("updated_at").AsUtcDateTime();
        order.Property(o => o.Version).HasColumnName("version").IsConcurrencyToken();
        order.HasIndex(o => new { o.UnitId, o.Status, o.PlacedAt }).HasDatabaseName("ix_service_orders_unit_status");
        order.HasIndex(o => new { o.CitizenSubject, o.PlacedAt }).HasDatabaseName("ix_service_orders_citizen");
        order.HasIndex(o => new { o.AssigneeKind, o.AssigneeId }).HasDatabaseName("ix_service_orders_assignee");
        order.HasIndex(o => new { o.Status, o.PlacedAt }).HasDatabaseName("ix_service_orders_status");
    }

    public void Configure(EntityTypeBuilder<ServiceOrderHistoryEntry> entry)
    {
        entry.ToTable("service_order_history");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).HasColumnName("id").ValueGeneratedOnAdd();
        entry.Property(e => e.OrderId).HasColumnName("order_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        entry.Property(e => e.Sequence).HasColumnName("sequence");
        entry.Property(e => e.Action).HasColumnName("action").HasConversion<string>().HasMaxLength(32);
        entry.Property(e => e.From).HasColumnName("from_status").HasConversion<string>().HasMaxLength(32);
        entry.Property(e => e.To).HasColumnName("to_status").HasConversion<string>().HasMaxLength(32);
        entry.Property(e => e.ActorSubject).HasColumnName("actor_subject").HasMaxLength(200);
        entry.Property(e => e.Actor).HasColumnName("actor").HasConversion<string>().HasMaxLength(32);
        entry.Property(e => e.Role).HasColumnName("role").HasMaxLength(64);
        entry.Property(e => e.At).HasColumnName("at").AsUtcDateTime();
        entry.Property(e => e.Reason).HasColumnName("reason").HasMaxLength(ServiceOrderRules.MaxReasonLength);
        entry.Property(e => e.UnitId).HasColumnName("unit_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        entry.HasOne<ServiceOrder>().WithMany().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Cascade);
        entry.HasIndex(e => new { e.OrderId, e.Sequence }).IsUnique().HasDatabaseName(HistorySequenceIndex);
    }
}
