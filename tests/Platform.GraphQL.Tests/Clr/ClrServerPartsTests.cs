using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Clr
{
    /// <summary>Implementation-first types together with the engine's DataLoaders and cursor connections.</summary>
    public sealed class ClrServerPartsTests
    {
        private static readonly Schema Schema = new ClrSchemaBuilder().AddQueryType<Parts.Query>().Build();

        [Fact]
        public void Connection_of_a_type_prints_as_relay_types()
        {
            var sdl = SchemaPrinter.Print(Schema);
            Assert.Contains("units(first: Int, after: String, last: Int, before: String): UnitConnection!", sdl, StringComparison.Ordinal);
            Assert.Contains("type UnitConnection {\n  edges: [UnitEdge!]!\n  nodes: [Unit!]!\n  pageInfo: PageInfo!\n  totalCount: Int!\n}", sdl, StringComparison.Ordinal);
            Assert.Contains("type UnitEdge {\n  node: Unit!\n  cursor: String!\n}", sdl, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Connection_pages_through_the_queryable()
        {
            var json = await ClrExecutionTests.Run(Schema, "{ units(first: 2) { nodes { name } pageInfo { hasNextPage } totalCount } }");
            Assert.Equal("""{"data":{"units":{"nodes":[{"name":"u0"},{"name":"u1"}],"pageInfo":{"hasNextPage":true},"totalCount":5}}}""", json);
        }

        [Fact]
        public async Task DataLoader_parameter_is_the_requests_loader_and_batches()
        {
            var json = await ClrExecutionTests.Run(Schema, "{ units(first: 5) { nodes { name parent { name } } } }");
            Assert.Equal(
                """{"data":{"units":{"nodes":[{"name":"u0","parent":null},{"name":"u1","parent":{"name":"u0"}},{"name":"u2","parent":{"name":"u1"}},{"name":"u3","parent":{"name":"u2"}},{"name":"u4","parent":{"name":"u3"}}]}}}""",
                json);
            Assert.Equal(1, Parts.UnitByNameLoader.Batches);
        }
    }
}

namespace Platform.GraphQL.Tests.Clr.Parts
{
    using Platform.GraphQL.DataLoader;
    using Platform.GraphQL.Execution;
    using Platform.GraphQL.Pagination;

    public sealed record Unit(string Name, string? ParentName)
    {
        public Task<Unit?> GetParent(UnitByNameLoader loader) =>
            ParentName is null ? Task.FromResult<Unit?>(null) : loader.LoadAsync(ParentName);
    }

    public sealed class UnitByNameLoader(DataLoaderScope scope) : BatchDataLoader<string, Unit>(scope)
    {
        private static int batches;

        public static int Batches => batches;

        protected override Task<IReadOnlyDictionary<string, Unit>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref batches);
            return Task.FromResult<IReadOnlyDictionary<string, Unit>>(Query.All.Where(u => keys.Contains(u.Name)).ToDictionary(u => u.Name));
        }
    }

    public sealed class Query
    {
        internal static readonly Unit[] All = [.. Enumerable.Range(0, 5).Select(i => new Unit($"u{i}", i == 0 ? null : $"u{i - 1}"))];

        public Task<Connection<Unit>> GetUnits(IResolveFieldContext context, int? first, string? after, int? last, string? before) =>
            All.AsQueryable().OrderBy(u => u.Name).ToConnectionAsync(first, after, last, before, context.CancellationToken);
    }
}
