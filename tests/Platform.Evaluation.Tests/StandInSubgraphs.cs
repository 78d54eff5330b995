namespace Platform.Evaluation.Tests;

/// <summary>
/// Subgraphs shaped like the other modules where they meet this one: Organization owns <c>OrgUnit</c>, Activities owns
/// <c>Activity</c> and <c>ServiceOrder</c>, Venues and Volunteers add fields to <c>OrgUnit</c> (Volunteers with
/// <c>@requires</c>) and Volunteers references <c>Activity</c> without resolving it.
/// </summary>
internal static class StandInSubgraphs
{
    public const string Organization = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { unit(id: ID!): OrgUnit }
        type OrgUnit @key(fields: "id") { id: ID! name: String! residentPopulation: Int ancestors: [OrgUnit!]! }
        """;

    public const string Activities = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { activity(id: ID!): Activity serviceOrder(id: ID!): ServiceOrder }
        type Activity @key(fields: "id") { id: ID! title: String! unit: OrgUnit! }
        type ServiceOrder @key(fields: "id") { id: ID! status: String! }
        type OrgUnit @key(fields: "id", resolvable: false) { id: ID! }
        """;

    public const string Venues = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { venue(id: ID!): Venue }
        type Venue @key(fields: "id") { id: ID! name: String! unit: OrgUnit! }
        type OrgUnit @key(fields: "id") { id: ID! venues(includeArchived: Boolean! = false): [Venue!]! }
        """;

    public const string Volunteers = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires"])
        type Query { volunteer(id: ID!): Volunteer }
        type Volunteer @key(fields: "id") { id: ID! homeUnit: OrgUnit! }
        type OrgUnit @key(fields: "id") { id: ID! residentPopulation: Int @external registeredVolunteerShare: Float @requires(fields: "residentPopulation") }
        type Activity @key(fields: "id", resolvable: false) { id: ID! }
        """;
}
