namespace Platform.Venues.GraphQL;

/// <summary>A venue found near a point, with its distance.</summary>
[GraphQLDescription("A venue within the searched radius and its great-circle distance from the searched point.")]
public sealed record NearbyVenue(Data.Venue Venue, double DistanceMeters);
