using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Hosting.Data;
using Platform.Venues.Domain;

namespace Platform.Venues.Data.Seed;

/// <summary>
/// A small sample of venues (see README.md beside this file), every one named 【示例】, attached to units of the
/// Organization module's Taiyuan seed by that seed's ids. Venue ids derive from their unit and name, so running again
/// adds nothing and leaves changed sample venues as they are.
/// </summary>
internal sealed class SampleVenueSeeder : IDatabaseSeeder<VenuesDbContext>
{
    public async Task SeedAsync(VenuesDbContext context, CancellationToken cancellationToken)
    {
        var venues = SampleVenues.Build();
        var ids = venues.Select(venue => venue.Id).ToList();
        var existing = await context.Venues.Where(venue => ids.Contains(venue.Id)).Select(venue => venue.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var missing = venues.Where(venue => !existing.Contains(venue.Id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        context.Venues.AddRange(missing);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        context.ChangeTracker.Clear();
    }
}

/// <summary>
/// The ids the Organization module gives its Taiyuan seed units: the first 16 bytes of SHA-256 over
/// <c>"seed:" + parentId + "/" + name</c> (<c>"seed:" + name</c> for the province), as lowercase hex.
/// </summary>
internal static class TaiyuanSeedUnitIds
{
    public static readonly string Shanxi = Derive(null, "山西省");
    public static readonly string Taiyuan = Derive(Shanxi, "太原市");

    public static string County(string name) => Derive(Taiyuan, name);

    public static string Township(string county, string name) => Derive(County(county), name);

    public static string Derive(string? parentId, string name) =>
        Hash("seed:" + (parentId is null ? "" : parentId + "/") + name);

    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, EntityIds.Length / 2));
}
