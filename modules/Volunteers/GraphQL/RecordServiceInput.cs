namespace Platform.Volunteers.GraphQL;

/// <summary>Service time the organizing unit records for a volunteer after an activity.</summary>
public sealed record RecordServiceInput(
    [property: ID] string VolunteerId,
    [property: ID] string ActivityId,
    [property: ID] string UnitId,
    DateOnly ServiceDate,
    double Hours,
    string Content,
    int? Rating = null);
