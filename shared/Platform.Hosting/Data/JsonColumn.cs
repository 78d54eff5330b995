using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Hosting.Data;

/// <summary>
/// Stores a small list that is always read and replaced whole with its row (a venue's rooms, a rubric's items) as one
/// JSON text column: the same on PostgreSQL and SQLite, and no joins to load the row.
/// </summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static PropertyBuilder<List<T>> HasJsonConversion<T>(this PropertyBuilder<List<T>> property)
    {
        var comparer = new ValueComparer<List<T>>(
            (left, right) => Serialize(left) == Serialize(right),
            list => Serialize(list).GetHashCode(StringComparison.Ordinal),
            list => Deserialize<T>(Serialize(list)));
        property.HasConversion(list => Serialize(list), text => Deserialize<T>(text), comparer);
        return property;
    }

    private static string Serialize<T>(List<T>? list) => JsonSerializer.Serialize(list ?? [], Json);

    private static List<T> Deserialize<T>(string text) => JsonSerializer.Deserialize<List<T>>(text, Json) ?? [];
}
