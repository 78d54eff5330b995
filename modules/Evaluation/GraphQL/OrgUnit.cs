using Platform.GraphQL.Federation;

namespace Platform.Evaluation.GraphQL;

/// <summary>
/// The Organization module's unit, referenced by its key only. This subgraph adds assessments and satisfaction figures
/// to it, so the key is resolvable: the gateway hands this module unit ids through <c>_entities</c>.
/// </summary>
[Key("id")]
[GraphQLDescription("A unit of the practice network (owned by the Organization module; this module adds its assessments and feedback figures).")]
public sealed record OrgUnit([property: ID] string Id);
