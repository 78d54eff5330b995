using Platform.GraphQL.Federation;

namespace Platform.Volunteers.GraphQL;

/// <summary>The Activities module's entity, referenced by key only: the gateway resolves its fields there.</summary>
[Key("id", Resolvable = false)]
public sealed record Activity([property: ID] string Id);
