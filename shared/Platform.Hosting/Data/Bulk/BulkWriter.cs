using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Platform.Hosting.Data.Bulk;

/// <summary>
/// Writes many rows of an entity inside the context's current transaction, bypassing change tracking: binary COPY on
/// PostgreSQL, one prepared INSERT reused for every row on SQLite. For seeders of large synthetic data sets.
/// </summary>
public static class BulkWriter
{
    public static Task WriteAsync<TEntity>(DbContext context, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class =>
        rows.Count == 0 ? Task.CompletedTask
        : context.Database.IsNpgsql() ? CopyAsync(context, rows, cancellationToken)
        : InsertAsync(context, rows, cancellationToken);

    private static async Task CopyAsync<TEntity>(DbContext context, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
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

    private static async Task InsertAsync<TEntity>(DbContext context, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        var table = new BulkTable<TEntity>(context);
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        var names = table.Columns.Select((_, i) => "$p" + i).ToArray();
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({table.ColumnList}) VALUES ({string.Join(", ", names)})";
        var columns = table.Columns;
        var parameters = columns.Select((column, i) =>
            ((RelationalTypeMapping)column.Property.GetTypeMapping()).CreateParameter(command, names[i], null, column.Property.IsNullable)).ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        foreach (var row in rows)
        {
            // The provider's value after the property's converter, as SaveChanges binds it.
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = columns[i].ProviderValue(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary><c>character varying(32)</c> → <c>character varying</c>: COPY names types without their modifiers.</summary>
    private static string BaseType(string storeType) =>
        storeType.IndexOf('(') is var open and >= 0 ? storeType[..open] + storeType[(storeType.IndexOf(')') + 1)..] : storeType;
}
