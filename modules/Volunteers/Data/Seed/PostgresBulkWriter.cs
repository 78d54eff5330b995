using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Platform.Volunteers.Data.Seed;

/// <summary>Writes rows with PostgreSQL's binary COPY on the context's connection (inside its current transaction).</summary>
internal static class PostgresBulkWriter
{
    public static async Task WriteAsync<TEntity>(DbContext context, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = new BulkTable<TEntity>(context);
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        var types = table.Columns.Select(column => BaseType(column.StoreType)).ToArray();
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY \"{table.Name}\" ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < types.Length; i++)
            {
                if (table.Columns[i].ProviderValue(row) is { } value)
                {
                    await importer.WriteAsync(value, types[i], cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>character varying(32)</c> → <c>character varying</c>: COPY names types without their modifiers.</summary>
    private static string BaseType(string storeType) =>
        storeType.IndexOf('(') is var open and >= 0 ? storeType[..open] + storeType[(storeType.IndexOf(')') + 1)..] : storeType;
}
