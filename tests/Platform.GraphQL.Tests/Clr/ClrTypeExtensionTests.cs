using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Clr
{
    public sealed class ClrTypeExtensionTests
    {
        [Fact]
        public async Task Modules_contribute_root_fields_without_owning_the_root_type()
        {
            var schema = new ClrSchemaBuilder()
                .AddTypeExtension<Modules.VenueQueries>()
                .AddTypeExtension(typeof(Modules.VolunteerQueries))
                .AddTypeExtension<Modules.VenueMutations>()
                .Build();

            Assert.Equal(
                """
                type Query {
                  venues: [String!]!
                  volunteerCount: Int!
                }

                type Mutation {
                  renameVenue(name: String!): String!
                }
                """,
                SchemaPrinter.Print(schema));
            Assert.Equal(
                """{"data":{"venues":["Hall"],"volunteerCount":3}}""",
                await ClrExecutionTests.Run(schema, "{ venues volunteerCount }"));
            Assert.Equal(
                """{"data":{"renameVenue":"Hall 2"}}""",
                await ClrExecutionTests.Run(schema, """mutation { renameVenue(name: "Hall 2") }"""));
        }

        [Fact]
        public void Two_extensions_adding_one_field_are_refused()
        {
            var error = Assert.Throws<SchemaException>(() => new ClrSchemaBuilder()
                .AddTypeExtension<Modules.VenueQueries>()
                .AddTypeExtension<Modules.MoreVenueQueries>()
                .Build());
            Assert.Equal("The type Query has two fields named \"venues\".", error.Message);
        }
    }
}

namespace Platform.GraphQL.Tests.Clr.Modules
{
    [ExtendObjectType("Query")]
    public sealed class VenueQueries
    {
        public IReadOnlyList<string> GetVenues() => ["Hall"];
    }

    [ExtendObjectType("Query")]
    public sealed class MoreVenueQueries
    {
        public IReadOnlyList<string> GetVenues() => ["Other"];
    }

    [ExtendObjectType("Query")]
    public static class VolunteerQueries
    {
        public static int VolunteerCount() => 3;
    }

    [ExtendObjectType("Mutation")]
    public sealed class VenueMutations
    {
        public string RenameVenue(string name) => name;
    }
}
