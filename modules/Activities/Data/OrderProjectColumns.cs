using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Activities.Data;

/// <summary>Column conversions of the order and project tables.</summary>
internal static class OrderProjectColumns
{
    /// <summary>
    /// An instant stored as a UTC <see cref="DateTime"/>: SQLite cannot order or compare <see cref="DateTimeOffset"/>
    /// columns in SQL, a UTC date-time it can (and PostgreSQL keeps a <c>timestamp with time zone</c>).
    /// </summary>
    public static PropertyBuilder<DateTimeOffset> AsUtcDateTime(this PropertyBuilder<DateTimeOffset> property) =>
        property.HasConversion(instant => instant.UtcDateTime, stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));

    public static PropertyBuilder<DateTimeOffset?> AsUtcDateTime(this PropertyBuilder<DateTimeOffset?> property) =>
        property.HasConversion(
            instant => instant.HasValue ? instant.Value.UtcDateTime : (DateTime?)null,
            stored => stored.HasValue ? new DateTimeOffset(DateTime.SpecifyKind(stored.Value, DateTimeKind.Utc)) : null);
}
