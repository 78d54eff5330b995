namespace Platform.GraphQL.ServerBenchmark;

public sealed record Unit(int Id, string Name)
{
    /// <summary>Resolved through the request's <see cref="VenuesByUnitLoader"/>: one fetch for all units of a list.</summary>
    public Task<Venue[]> GetVenues(VenuesByUnitLoader loader) => loader.LoadAsync(Id);
}
