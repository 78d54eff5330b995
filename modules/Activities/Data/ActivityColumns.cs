using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.Activities.Data;

/// <summary>Column conversions the activity tables share.</summary>
internal static class ActivityColumns
{
    /// <summary>An instant as a UTC <see cref="DateTime"/>: comparable and sortable in SQL on PostgreSQL and SQLite alike.</summary>
    public static PropertyBuilder<DateTimeOffset> AsUtc(this PropertyBuilder<DateTimeOffset> property) =>
        property.HasConversion(instant => instant.UtcDateTime, stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));

    public static PropertyBuilder<DateTimeOffset?> AsUtc(this PropertyBuilder<DateTimeOffset?> property) =>
        property.HasConversion(
            instant => instant.HasValue ? instant.Value.UtcDateTime : (DateTime?)null,
            stored => stored.HasValue ? new DateTimeOffset(DateTime.SpecifyKind(stored.Value, DateTimeKind.Utc)) : null);

    /// <summary>A list of strings as JSON text, compared by content so in-place edits are saved.</summary>
    public static PropertyBuilder<List<string>> AsJson(this PropertyBuilder<List<string>> property)
    {
        var comparer = new ValueComparer<List<string>>(
            (left, right) => (left ?? new List<string>()).SequenceEqual(right ?? new List<string>()),
            list => string.Join("\u001f", list).GetHashCode(StringComparison.Ordinal),
            list => list.ToList());
        return property.HasConversion(
            list => System.Text.Json.JsonSerializer.Serialize(list, (System.Text.Json.JsonSerializerOptions?)null),
            text => System.Text.Json.JsonSerializer.Deserialize<List<string>>(text, (System.Text.Json.JsonSerializerOptions?)null) ?? new List<string>(),
            comparer);
    }
}
