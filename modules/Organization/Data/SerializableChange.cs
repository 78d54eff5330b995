using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Platform.Organization.Domain;

namespace Platform.Organization.Data;

/// <summary>
/// Runs a change that reads paths and then writes paths (create, move, archive) in a serializable transaction, so a
/// unit created under a parent that is moving at the same moment cannot keep the parent's old path. PostgreSQL aborts
/// one of two conflicting transactions; the loser is run again from its reads, a few times, then reported.
/// </summary>
public static class SerializableChange
{
    private const int Attempts = 4;

    public static async Task<T> RunAsync<T>(OrganizationDbContext db, Func<CancellationToken, Task<T>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
                var result = await change(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (Exception exception) when (IsSerializationFailure(exception))
            {
                db.ChangeTracker.Clear();
                if (attempt == Attempts)
                {
                    throw OrganizationErrors.Create(OrganizationErrors.ConcurrentChange,
                        "The units changed while this change was being made; try again.");
                }
            }
        }
    }

    /// <summary>PostgreSQL's serialization failure or deadlock, SQLite's busy or locked database, however wrapped.</summary>
    private static bool IsSerializationFailure(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is DbException { SqlState: "40001" or "40P01" }
                || exception is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 })
            {
                return true;
            }
        }

        return false;
    }
}
