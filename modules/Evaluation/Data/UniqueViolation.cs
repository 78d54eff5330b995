using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Platform.Evaluation.Data;

/// <summary>Recognizes a failed save that broke a unique index, on PostgreSQL (23505) and SQLite (constraint, 2067 / 1555).</summary>
internal static class UniqueViolation
{
    /// <summary>Whether <paramref name="exception"/> broke the unique index <paramref name="indexName"/> (any unique index when null).</summary>
    public static bool Is(DbUpdateException exception, string? indexName = null) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation
            && (indexName is null || postgres.ConstraintName == indexName),
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555
            && (indexName is null || sqlite.Message.Contains(ColumnsOf(indexName), StringComparison.Ordinal)),
        _ => false,
    };

    // SQLite names the columns, not the index: "UNIQUE constraint failed: volunteers.id_card_hash".
    private static string ColumnsOf(string indexName) => indexName switch
    {
        "ux_assessments_unit_period_rubric" => "assessments.unit_id, assessments.period, assessments.rubric_code",
        "ux_ratings_subject_rater" => "ratings.subject, ratings.subject_id, ratings.rater",
        _ => indexName,
    };
}
