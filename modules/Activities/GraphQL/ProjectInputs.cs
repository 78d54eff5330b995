using Platform.Activities.Domain;

namespace Platform.Activities.GraphQL;

/// <summary>A new project of an organizing unit.</summary>
public sealed record CreateProjectInput(
    [property: ID] string UnitId,
    [property: GraphQLDescription("Up to 100 characters.")] string Name,
    PracticeContent Content,
    [property: GraphQLDescription("Up to 2,000 characters.")] string? Description = null,
    [property: ID, GraphQLDescription("The teams carrying the project (Volunteers module ids), at most 50.")] IReadOnlyList<string>? TeamIds = null);
