using Platform.Activities.Domain;

namespace Platform.Activities.GraphQL;

/// <summary>A citizen's order: which unit is asked, what is needed, under which practice content, and when, if it matters.</summary>
public sealed record PlaceServiceOrderInput(
    [property: ID] string UnitId,
    [property: GraphQLDescription("What is needed, in the citizen's words (up to 1,000 characters).")] string Need,
    PracticeContent Content,
    [property: GraphQLDescription("When the citizen would like the service; must lie in the future.")] DateTimeOffset? WishedTime = null);
