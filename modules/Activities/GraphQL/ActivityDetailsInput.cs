using Platform.Activities.Domain;

namespace Platform.Activities.GraphQL;

/// <summary>What an organizer says about an activity: the whole description, replaced at once on update.</summary>
public sealed record ActivityDetailsInput(
    string Title,
    PracticeContent Content,
    ServiceKind ServiceKind,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    bool IsPublic,
    string? Description = null,
    [property: ID] string? VenueId = null,
    [property: ID] IReadOnlyList<string>? TeamIds = null,
    IReadOnlyList<string>? PictureUrls = null,
    int? Capacity = null);
