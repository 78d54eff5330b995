namespace Platform.Activities.GraphQL;

/// <summary>
/// The feed's links to the organizing unit and the venue as entity references, so a media platform reads their names
/// through the gateway in the same request. The unit and the venue are public records of their own modules, which
/// guard any field of theirs that is not public; the feed itself still carries no personal data.
/// </summary>
[ExtendObjectType(typeof(PublicActivity))]
public sealed class PublicActivityFields
{
    [GraphQLDescription("The organizing unit (the Organization module's OrgUnit: its name, level, place in the tree).")]
    public ActivityOrgUnitRef GetOrganizingUnit([Parent] PublicActivity activity) => new(activity.OrganizingUnitId);

    [GraphQLDescription("The venue it is held at (the Venues module's Venue), when held at one.")]
    public ActivityVenueRef? GetVenue([Parent] PublicActivity activity) => activity.VenueId is { } venue ? new(venue) : null;
}
