using Platform.Activities.Data;
using Platform.Activities.Domain;

namespace Platform.Activities.GraphQL;

/// <summary>
/// An activity as media platforms see it: what, when, where (by id) and how many took part. It holds no personal data
/// and links to no type that could lead to any: no volunteers, no organizer contacts, no check-in code.
/// </summary>
[GraphQLDescription("A published public activity as the media feed gives it: no personal data.")]
public sealed record PublicActivity(
    [property: ID] string Id,
    string Title,
    string Description,
    PracticeContent Content,
    ServiceKind ServiceKind,
    [property: ID, GraphQLDescription("The organizing unit's id (the Organization module's OrgUnit).")] string OrganizingUnitId,
    [property: ID, GraphQLDescription("The venue's id (the Venues module's Venue), when held at one.")] string? VenueId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    [property: GraphQLDescription("PUBLISHED, then COMPLETED or CANCELLED: kept in the feed so a synchronizing platform learns of the change.")] ActivityStatus Status,
    IReadOnlyList<string> PictureUrls,
    int ParticipantCount,
    int? Capacity,
    DateTimeOffset PublishedAt,
    [property: GraphQLDescription("The last change; the feed is ordered by it, then by id.")] DateTimeOffset UpdatedAt)
{
    public static PublicActivity Of(Activity activity) => new(
        activity.Id, activity.Title, activity.Description, activity.Content, activity.ServiceKind, activity.OrganizingUnitId, activity.VenueId,
        activity.StartsAt, activity.EndsAt, activity.Status, activity.PictureUrls, activity.ParticipantCount, activity.Capacity,
        activity.PublishedAt ?? activity.UpdatedAt, activity.UpdatedAt);
}
