using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Platform.Hosting.Data;

/// <summary>
/// Recognizes a failed save that broke a unique index, on PostgreSQL (23505, which names the index) and SQLite
/// (constraint 2067 / 1555, which names the columns instead: "UNIQUE constraint failed: volunteers.id_card_hash").
/// </summary>
public static class UniqueViolation
{
    /// <summary>
    /// Whether <paramref name="exception"/> broke the unique index <paramref name="indexName"/> (any unique index when
    /// null). On SQLite the index's table and columns come from the saving context's model.
    /// </summary>
    public static bool Is(DbUpdateException exception, string? indexName = null) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation
            && (indexName is null || postgres.ConstraintName == indexName),
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555
            && (indexName is null || (ColumnsOf(exception, indexName) is { } columns && NamesExactly(sqlite.Message, columns))),
        _ => false,
    };

    /// <summary>Whether the message names these columns and no longer ones (<c>volunteers.id</c> is not <c>volunteers.id_card_hash</c>).</summary>
    private static bool NamesExactly(string message, string columns)
    {
        var at = message.IndexOf("failed: " + columns, StringComparison.Ordinal);
        var end = at + "failed: ".Length + columns.Length;
        return at >= 0 && (end == message.Length || !(char.IsLetterOrDigit(message[end]) || message[end] is '_' or ','));
    }

    private static string? ColumnsOf(DbUpdateException exception, string indexName)
    {
        var model = exception.Entries.FirstOrDefault()?.Context.Model;
        var index = model?.GetEntityTypes().SelectMany(type => type.GetIndexes()).FirstOrDefault(index => index.GetDatabaseName() == indexName);
        if (index is null || index.DeclaringEntityType.GetTableName() is not { } table)
        {
            return null;
        }

        var store = StoreObjectIdentifier.Table(table, index.DeclaringEntityType.GetSchema());
        return string.Join(", ", index.Properties.Select(property => $"{table}.{property.GetColumnName(store)}"));
    }
}
