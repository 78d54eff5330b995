using Platform.GraphQL.Federation;

namespace Platform.Evaluation.GraphQL;

/// <summary>The Activities module's service order (群众点单), referenced by key only: the gateway resolves its fields there.</summary>
[Key("id", Resolvable = false)]
public sealed record ServiceOrder([property: ID] string Id);
