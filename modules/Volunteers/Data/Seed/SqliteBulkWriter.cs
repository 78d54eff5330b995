using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Platform.Volunteers.Data.Seed;

/// <summary>Writes rows through one prepared INSERT reused for every row, inside the context's current transaction.</summary>
internal static class SqliteBulkWriter
{
    public static async Task WriteAsync<TEntity>(DbContext context, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = new BulkTable<TEntity>(context);
        var connection = context.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        var names = table.Columns.Select((_, i) => "$p" + i).ToArray();
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({table.ColumnList}) VALUES ({string.Join(", ", names)})";
        var mappings = table.Columns.Select(column => (RelationalTypeMapping)column.Property.GetTypeMapping()).ToArray();
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < mappings.Length; i++)
            {
                var value = table.Columns[i].Property.GetGetter().GetClrValueUsingContainingEntity(row);
                command.Parameters.Add(mappings[i].CreateParameter(command, names[i], value, table.Columns[i].Property.IsNullable));
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
