using Platform.GraphQL.Tests.Clr.Org;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Clr
{
    public sealed class ClrSdlFirstTests
    {
        private const string Sdl = """
            type Query {
              orgUnit(id: ID!): OrgUnit
              orgUnits(kind: OrgUnitKind): [OrgUnit!]!
            }

            type OrgUnit {
              id: ID!
              name: String!
              kind: OrgUnitKind!
              children: [OrgUnit!]!
            }

            enum OrgUnitKind { PROVINCE CITY DISTRICT COUNTY }

            type Subscription {
              ticks(count: Int!): Int!
            }
            """;

        private static Schema Build(params Type[] resolvers)
        {
            var services = ClrExecutionTests.Services();
            var builder = new ClrSchemaBuilder().AddDocument(Sdl).UseServiceCheck(services.IsRegistered);
            foreach (var resolver in resolvers)
            {
                builder.BindResolvers(resolver);
            }

            return builder.Build();
        }

        [Fact]
        public async Task Sdl_fields_are_resolved_by_the_bound_classes()
        {
            var schema = Build(typeof(Sdl.QueryResolvers), typeof(Sdl.OrgUnitResolvers), typeof(Sdl.Subscription));
            var json = await ClrExecutionTests.Run(schema, """{ orgUnit(id: "hz") { name kind children { id } } cities: orgUnits(kind: CITY) { id } }""");
            Assert.Equal(
                """{"data":{"orgUnit":{"name":"Hangzhou","kind":"CITY","children":[{"id":"xh"},{"id":"sc"}]},"cities":[{"id":"hz"}]}}""",
                json);
        }

        [Fact]
        public async Task Sdl_subscription_field_streams_from_the_bound_method()
        {
            var schema = Build(typeof(Sdl.QueryResolvers), typeof(Sdl.Subscription));
            var result = await Platform.GraphQL.Execution.Executor.SubscribeAsync(new Platform.GraphQL.Execution.ExecutionRequest
            {
                Schema = schema,
                Document = Platform.GraphQL.Language.Parser.Parse("subscription { ticks(count: 2) }"),
            });
            var events = new List<string>();
            await foreach (var item in result.Stream!)
            {
                events.Add(Platform.GraphQL.Execution.ExecutionResultJsonWriter.ToJson(item));
            }

            Assert.Equal(["""{"data":{"ticks":1}}""", """{"data":{"ticks":2}}"""], events);
        }

        [Fact]
        public void Member_without_an_sdl_field_names_the_member()
        {
            var error = Assert.Throws<SchemaException>(() => Build(typeof(Sdl.StrayResolvers)));
            Assert.Equal("StrayResolvers.GetParent resolves \"OrgUnit.parent\", which the SDL does not define.", error.Message);
        }

        [Fact]
        public void Parameter_without_an_sdl_argument_names_the_parameter()
        {
            var error = Assert.Throws<SchemaException>(() => Build(typeof(Sdl.WrongArgument)));
            Assert.Equal("WrongArgument.GetOrgUnit parameter key matches no argument of the field \"orgUnit\".", error.Message);
        }

        [Fact]
        public void Resolver_class_for_an_unknown_type_is_refused()
        {
            var error = Assert.Throws<SchemaException>(() => Build(typeof(Sdl.Venue)));
            Assert.Equal(
                "Platform.GraphQL.Tests.Clr.Sdl.Venue resolves the type \"Venue\", which the SDL does not define as an object type.",
                error.Message);
        }
    }
}

namespace Platform.GraphQL.Tests.Clr.Sdl
{
    using System.Runtime.CompilerServices;

    [GraphQLType("Query")]
    public sealed class QueryResolvers(OrgDirectory directory)
    {
        public OrgUnit? GetOrgUnit(string id) => directory.Find(id);

        public IEnumerable<OrgUnit> GetOrgUnits(OrgUnitKind? kind) => directory.Units.Where(u => kind is null || u.Kind == kind);
    }

    [GraphQLType("OrgUnit")]
    public sealed class OrgUnitResolvers
    {
        public IEnumerable<OrgUnit> GetChildren([Parent] OrgUnit unit, OrgDirectory directory) => directory.Units.Where(u => u.ParentId == unit.Id);
    }

    public sealed class Subscription
    {
        public static async IAsyncEnumerable<int> Ticks(int count, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            for (var i = 1; i <= count; i++)
            {
                await Task.Yield();
                cancellationToken.ThrowIfCancellationRequested();
                yield return i;
            }
        }
    }

    [GraphQLType("OrgUnit")]
    public sealed class StrayResolvers
    {
        public OrgUnit? GetParent([Parent] OrgUnit unit) => null;
    }

    [GraphQLType("Query")]
    public sealed class WrongArgument
    {
        public OrgUnit? GetOrgUnit(string key) => null;
    }

    public sealed class Venue
    {
        public string Name => "hall";
    }
}
