using Platform.Activities.Domain;

namespace Platform.Activities.GraphQL;

/// <summary>A unit's brand-project quota (seed 003 §五.4) against the brand projects it organizes.</summary>
[GraphQLDescription("A unit's brand-project quota (seed 003 §五.4) and how many brand projects it has.")]
public sealed record BrandProjectQuota(
    [property: GraphQLDescription("The level the quota is for.")] OrgLevel Level,
    [property: GraphQLDescription("At least this many brand projects; null when it depends on a resident population that is not known.")] int? Required,
    [property: GraphQLDescription("The unit's brand projects.")] int Actual,
    [property: GraphQLDescription("Whether actual reaches required; null when required is not known.")] bool? Met);
