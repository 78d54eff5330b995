using Platform.GraphQL.Tests.Clr.Org;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Clr;

public sealed class ClrSchemaPrintTests
{
    internal static Schema BuildOrgSchema() =>
        new ClrSchemaBuilder()
            .AddQueryType<Query>()
            .AddMutationType<Mutation>()
            .AddSubscriptionType<Subscription>()
            .AddTypeExtension<VolunteerQueries>()
            .AddTypeExtension<OrgUnitStatistics>()
            .UseServiceCheck(type => type == typeof(OrgDirectory) || type == typeof(IVolunteerStore))
            .Build();

    [Fact]
    public void Org_model_prints_as_expected_sdl()
    {
        var sdl = SchemaPrinter.Print(BuildOrgSchema());
        Assert.Equal(ExpectedSdl, sdl);
    }

    private const string ExpectedSdl = """"
        type Query {
          orgUnit(id: ID!): OrgUnit

          """Units, optionally of one kind."""
          orgUnits(kind: OrgUnitKind, first: Int! = 10, limit: Int @deprecated(reason: "Use first.")): [OrgUnit!]!
          lookup(by: OrgUnitLookupInput!): OrgUnit
          search(text: String!): [SearchResult!]!
          node(id: ID!): Node
          count: Int!
          me: String
          version: String!
          status(status: ActivityStatus! = IN_PROGRESS): ActivityStatus!
          countdown(from: Int!): [Int!]!
          volunteers(skill: String): [Volunteer!]!
        }

        type Mutation {
          createOrgUnit(input: CreateOrgUnitInput!): OrgUnit!
        }

        type Subscription {
          orgUnitCreated(kind: OrgUnitKind!): OrgUnit!
        }

        """A unit of the organization: a province, a city or a district."""
        type OrgUnit implements Node {
          id: ID!
          name: String!
          kind: OrgUnitKind!
          title: String! @deprecated(reason: "Use name.")

          """The unit above this one; null for a province."""
          parent: OrgUnit
          children: [OrgUnit!]!
          childCount: Int!
        }

        enum OrgUnitKind {
          PROVINCE
          CITY
          DISTRICT
          COUNTY @deprecated(reason: "Merged into districts.")
        }

        input OrgUnitLookupInput @oneOf {
          id: ID
          name: String
        }

        union SearchResult = OrgUnit | Volunteer

        """Anything with a global ID."""
        interface Node {
          id: ID!
        }

        """Where an activity stands."""
        enum ActivityStatus {
          PLANNED
          IN_PROGRESS

          """Finished and evaluated."""
          DONE
        }

        type Volunteer implements Node {
          id: ID!
          name: String!
          joinedOn: Date!
          lastSeen: DateTime!
          hours: Long!
          rating: Float
          skills: [String]!
          badges: [Int!]
        }

        """A new org unit."""
        input CreateOrgUnitInput {
          name: String!
          kind: OrgUnitKind!
          parentId: ID
        }

        """A calendar date as an ISO-8601 string (yyyy-MM-dd)."""
        scalar Date

        """A date and time as an ISO-8601 string with a UTC offset."""
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

        """The `Long` scalar type represents a signed 64-bit integer."""
        scalar Long
        """";
}
