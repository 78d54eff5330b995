using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Platform.Hosting.Data.Bulk;

/// <summary>
/// An entity's table as the EF model maps it (column names, store types, value converters), so bulk writers put
/// exactly what <c>SaveChanges</c> would put in each column without a second copy of the mapping.
/// </summary>
public sealed class BulkTable<TEntity>
    where TEntity : class
{
    public BulkTable(DbContext context)
    {
        var entity = context.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        Name = entity.GetTableName()!;
        var table = StoreObjectIdentifier.Table(Name, entity.GetSchema());
        Columns = [.. entity.GetProperties().Select(property => new BulkColumn(property.GetColumnName(table)!, property.GetColumnType(), property))];
    }

    public string Name { get; }

    public IReadOnlyList<BulkColumn> Columns { get; }

    public string ColumnList => string.Join(", ", Columns.Select(column => "\"" + column.Name + "\""));
}

/// <summary>One column: its name, its store type, and the property it holds.</summary>
public sealed record BulkColumn(string Name, string StoreType, IProperty Property)
{
    /// <summary>The entity's value of the property (before any value converter).</summary>
    public object? ClrValue(object entity) => Property.GetGetter().GetClrValueUsingContainingEntity(entity);

    /// <summary>The entity's value for this column, as the provider stores it (after the property's value converter).</summary>
    public object? ProviderValue(object entity)
    {
        var value = ClrValue(entity);
        var converter = Property.GetTypeMapping().Converter;
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }
}
