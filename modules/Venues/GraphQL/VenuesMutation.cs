using Platform.Hosting.Hierarchy;
using System.Security.Claims;
using Platform.Venues.Data;
using Platform.Venues.Domain;

namespace Platform.Venues.GraphQL;

/// <summary>
/// Creating, describing and archiving venues. Each checks, in order: a signed-in administrator, the ids, the caller's
/// unit owns the venue, then the rules; any failure is a GraphQL error with a code, and nothing is saved.
/// </summary>
public sealed class VenuesMutation
{
    [GraphQLDescription("Adds a venue to a unit (the unit is the Organization module's; its id is not checked against it).")]
    public async Task<Venue> CreateVenueAsync(
        [ID] string unitId, VenueDetailsInput input, ClaimsPrincipal? user, VenuesDbContext db, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        VenueAccess.EnsureAdministrator(user);
        VenueLookup.EnsureWellFormed(unitId, "a unit");
        await VenueAccess.EnsureCanChangeAsync(user, unitId, hierarchy, cancellationToken).ConfigureAwait(false);
        var venue = new Venue
        {
            Id = EntityIds.New(),
            UnitId = unitId,
            Name = "",
            Address = "",
        };
        Describe(venue, input);
        db.Venues.Add(venue);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return venue;
    }

    [GraphQLDescription("Replaces a venue's kind, name, address, location and contacts.")]
    public async Task<Venue> UpdateVenueAsync(
        [ID] string id, VenueDetailsInput input, ClaimsPrincipal? user, VenuesDbContext db, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        var venue = await VenueLookup.FindChangeableAsync(db, id, user, hierarchy, "be updated", cancellationToken).ConfigureAwait(false);
        Describe(venue, input);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return venue;
    }

    [GraphQLDescription("Archives a venue: it keeps its data, takes no changes, is never open and is left out of searches.")]
    public async Task<Venue> ArchiveVenueAsync([ID] string id, ClaimsPrincipal? user, VenuesDbContext db, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        var venue = await VenueLookup.FindChangeableAsync(db, id, user, hierarchy, "be archived again", cancellationToken).ConfigureAwait(false);
        venue.Archived = true;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return venue;
    }

    /// <summary>Validates every field before setting any, so a rejected input leaves the venue as it was.</summary>
    private static void Describe(Venue venue, VenueDetailsInput input)
    {
        var name = VenueRules.Name(input.Name);
        var address = VenueRules.Address(input.Address);
        var (latitude, longitude) = VenueRules.Coordinates(input.Latitude, input.Longitude);
        var phone = VenueRules.Phone(input.ContactPhone);
        var url = VenueRules.QrCodeUrl(input.QrCodeUrl);
        venue.Kind = input.Kind;
        venue.Name = name;
        venue.Address = address;
        venue.Latitude = latitude;
        venue.Longitude = longitude;
        venue.ContactPhone = phone;
        venue.QrCodeUrl = url;
    }
}
