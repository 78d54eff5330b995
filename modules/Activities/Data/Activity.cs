using Platform.Activities.Domain;
using Platform.GraphQL.Federation;

namespace Platform.Activities.Data;

/// <summary>
/// An activity (实践活动) a practice unit organizes: what it is, when and where, which teams serve in it, its status,
/// and who signed up and checked in. The unit, venue and teams belong to other modules; only their ids are kept.
/// </summary>
[Key("id")]
[GraphQLDescription("A civilization-practice activity organized by a practice unit.")]
public sealed class Activity
{
    [ID]
    public required string Id { get; init; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    [GraphQLDescription("Which of the five practice contents it serves (theory lectures: STUDY_THEORY).")]
    public PracticeContent Content { get; set; }

    public ServiceKind ServiceKind { get; set; }

    [GraphQLIgnore]
    public required string OrganizingUnitId { get; init; }

    [GraphQLIgnore]
    public string? VenueId { get; set; }

    [GraphQLIgnore]
    public List<string> TeamIds { get; set; } = [];

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public ActivityStatus Status { get; set; }

    [GraphQLDescription("Public activities are in the media feed once published; internal ones are for signed-in users only.")]
    public bool IsPublic { get; set; }

    [GraphQLDescription("Links to pictures of the activity (at most 9).")]
    public List<string> PictureUrls { get; set; } = [];

    [GraphQLDescription("Participants: volunteers who checked in.")]
    public int ParticipantCount { get; set; }

    [GraphQLDescription("Volunteers signed up (cancelled sign-ups not counted).")]
    public int SignUpCount { get; set; }

    [GraphQLDescription("The most volunteers who may sign up; null for no limit.")]
    public int? Capacity { get; set; }

    [GraphQLIgnore]
    public required string CheckInCode { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    [GraphQLDescription("The last change of anything the activity shows (details, status, participant count).")]
    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    [GraphQLIgnore]
    public List<ActivityRegion> Regions { get; set; } = [];
}
