namespace Platform.Activities.GraphQL;

/// <summary>
/// The Activities module's root query type; each part of the module (activities, the feed, projects, orders) adds its
/// fields with <c>[ExtendObjectType("Query")]</c> in a file of its own.
/// </summary>
public sealed class ActivitiesQuery
{
    [GraphQLDescription("The five practice contents with their official names, in the order the sources list them.")]
    public IReadOnlyList<PracticeContentInfo> GetPracticeContents() => PracticeContentInfo.All;
}
