using Platform.GraphQL.Federation;

namespace Platform.Evaluation.GraphQL;

/// <summary>
/// The Activities module's activity, referenced by key. This subgraph adds <c>feedback</c> to it, so its key is
/// resolvable here (with <c>resolvable: false</c> the gateway could never reach that field and composition fails).
/// </summary>
[Key("id")]
[GraphQLDescription("An activity (owned by the Activities module; this module adds its citizens' feedback).")]
public sealed record Activity([property: ID] string Id);
