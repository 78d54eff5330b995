using Platform.Activities.Domain;
using Platform.GraphQL.Federation;

namespace Platform.Activities.GraphQL;

/// <summary>The Volunteers module's team, referenced by key; this module adds the orders dispatched to it.</summary>
[Key("id")]
[GraphQLDescription("A volunteer team (owned by the Volunteers module; this module adds its service orders).")]
public sealed record Team([property: ID] string Id)
{
    /// <summary>Federation: any well-formed team id; whether the team exists is the Volunteers module's to say.</summary>
    public static Team? ResolveReference([ID] string id) => EntityIds.IsWellFormed(id) ? new Team(id) : null;
}
