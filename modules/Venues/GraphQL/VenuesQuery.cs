using Microsoft.EntityFrameworkCore;
using Platform.GraphQL.Pagination;
using Platform.Venues.Data;
using Platform.Venues.Domain;

namespace Platform.Venues.GraphQL;

/// <summary>The Venues module's root queries.</summary>
public sealed class VenuesQuery
{
    /// <summary>The walking-distance proxy of the "15-minute service circle" (domain §2).</summary>
    public const double DefaultRadiusMeters = 1000;

    public const double MaxRadiusMeters = 50_000;
    public const int MaxNearbyResults = 500;

    [GraphQLDescription("The venue with this id, or null when there is none.")]
    public async Task<Venue?> GetVenueAsync([ID] string id, VenueByIdLoader venues, CancellationToken cancellationToken)
    {
        VenueLookup.EnsureWellFormed(id);
        return await venues.LoadAsync(id, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("Venues by name (containing the search text), optionally of one kind, ordered by name.")]
    public async Task<Connection<Venue>> GetVenuesAsync(
        VenuesContexts contexts,
        CancellationToken cancellationToken,
        string? search = null,
        VenueKind? kind = null,
        bool includeArchived = false,
        int? first = null,
        string? after = null,
        int? last = null,
        string? before = null)
    {
        await using var db = contexts.Create();
        var query = db.Venues.AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            query = query.Where(venue => venue.Name.Contains(text));
        }

        if (kind is { } wanted)
        {
            query = query.Where(venue => venue.Kind == wanted);
        }

        if (!includeArchived)
        {
            query = query.Where(venue => !venue.Archived);
        }

        return await query.OrderBy(venue => venue.Name).ThenBy(venue => venue.Id)
            .ToConnectionAsync(first, after, last, before, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("Active venues within radiusMeters (great-circle) of a point, nearest first: the \"15-minute service circle\".")]
    public async Task<IReadOnlyList<NearbyVenue>> GetVenuesNearAsync(
        double latitude,
        double longitude,
        VenuesContexts contexts,
        CancellationToken cancellationToken,
        [GraphQLDescription("Meters, above 0 and at most 50,000; 1,000 is a walking-distance proxy.")] double radiusMeters = DefaultRadiusMeters,
        VenueKind? kind = null,
        [GraphQLDescription("At most 500.")] int first = 100)
    {
        VenueRules.Coordinates(latitude, longitude);
        if (!double.IsFinite(radiusMeters) || radiusMeters <= 0 || radiusMeters > MaxRadiusMeters)
        {
            throw VenueErrors.Create(VenueErrors.InvalidRadius, $"radiusMeters must be above 0 and at most {MaxRadiusMeters:0}.");
        }

        if (first is < 1 or > MaxNearbyResults)
        {
            throw VenueErrors.Create(VenueErrors.InvalidLimit, $"first must be 1 to {MaxNearbyResults}.");
        }

        var box = GeoDistance.Around(latitude, longitude, radiusMeters);
        await using var db = contexts.Create();
        var query = db.Venues.Where(venue => !venue.Archived
            && venue.Latitude >= box.MinLatitude && venue.Latitude <= box.MaxLatitude
            && venue.Longitude >= box.MinLongitude && venue.Longitude <= box.MaxLongitude);
        if (kind is { } wanted)
        {
            query = query.Where(venue => venue.Kind == wanted);
        }

        var candidates = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. candidates
            .Select(venue => new NearbyVenue(venue, GeoDistance.Meters(latitude, longitude, venue.Latitude, venue.Longitude)))
            .Where(found => found.DistanceMeters <= radiusMeters)
            .OrderBy(found => found.DistanceMeters).ThenBy(found => found.Venue.Id, StringComparer.Ordinal)
            .Take(first)];
    }
}
