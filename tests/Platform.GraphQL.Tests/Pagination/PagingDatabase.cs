using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.GraphQL.Tests.Pagination;

public sealed class Item
{
    public int Id { get; set; }

    public required string Name { get; set; }
}

/// <summary>An in-memory SQLite database of 25 items that records the SQL it runs and the entities it materializes.</summary>
internal sealed class PagingDatabase : DbContext
{
    private readonly SqliteConnection _connection;

    private PagingDatabase(SqliteConnection connection, Recorder recorder)
        : base(new DbContextOptionsBuilder<PagingDatabase>().UseSqlite(connection).AddInterceptors(recorder).Options)
    {
        _connection = connection;
        Recorded = recorder;
    }

    public DbSet<Item> Items => Set<Item>();

    public Recorder Recorded { get; }

    public static PagingDatabase Create(int items = 25)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var database = new PagingDatabase(connection, new Recorder());
        database.Database.EnsureCreated();
        database.Items.AddRange(Enumerable.Range(1, items).Select(i => new Item { Id = i, Name = $"item {i}" }));
        database.SaveChanges();
        database.ChangeTracker.Clear();
        database.Recorded.Clear();
        return database;
    }

    public override void Dispose()
    {
        base.Dispose();
        _connection.Dispose();
    }

    /// <summary>Commands as executed, and how many entity instances EF Core created from rows.</summary>
    internal sealed class Recorder : DbCommandInterceptor, IMaterializationInterceptor
    {
        private readonly List<string> _commands = [];

        public IReadOnlyList<string> Commands => _commands;

        public int MaterializedEntities { get; private set; }

        public void Clear()
        {
            _commands.Clear();
            MaterializedEntities = 0;
        }

        public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
        {
            MaterializedEntities++;
            return entity;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _commands.Add(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            _commands.Add("SYNC " + command.CommandText);
            return base.ReaderExecuting(command, eventData, result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            _commands.Add(command.CommandText);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            _commands.Add("SYNC " + command.CommandText);
            return base.ScalarExecuting(command, eventData, result);
        }
    }
}
