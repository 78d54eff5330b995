namespace Platform.Volunteers.GraphQL;

/// <summary>A correction of a record's current version: the new values (unchanged ones may be left out) and why.</summary>
public sealed record CorrectServiceInput(
    string Reason,
    double? Hours = null,
    DateOnly? ServiceDate = null,
    string? Content = null,
    int? Rating = null);
