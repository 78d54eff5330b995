using Platform.GraphQL.Federation;

namespace Platform.Venues.GraphQL;

/// <summary>
/// The Organization module's unit, referenced by its key only. This subgraph adds <c>venues</c> to it, so the key is
/// resolvable: the gateway hands this module unit ids through <c>_entities</c> and asks for their venues.
/// </summary>
[Key("id")]
[GraphQLDescription("A unit of the practice network (owned by the Organization module; this module adds its venues).")]
public sealed record OrgUnit([property: ID] string Id);
