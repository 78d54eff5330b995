using Platform.Activities.Domain;
using Platform.GraphQL.Federation;

namespace Platform.Activities.GraphQL;

/// <summary>The Volunteers module's volunteer, referenced by key; this module adds the orders dispatched to them.</summary>
[Key("id")]
[GraphQLDescription("A registered volunteer (owned by the Volunteers module; this module adds their service orders).")]
public sealed record Volunteer([property: ID] string Id)
{
    /// <summary>Federation: any well-formed volunteer id; whether the volunteer exists is the Volunteers module's to say.</summary>
    public static Volunteer? ResolveReference([ID] string id) => EntityIds.IsWellFormed(id) ? new Volunteer(id) : null;
}
