using System.Text.Json;
using Platform.Hosting.Security;
using Platform.Testing;

namespace Platform.Venues.Tests;

/// <summary>Shorthands over the module's GraphQL API for creating, changing and reading test venues.</summary>
public static class VenueClient
{
    public const string CreateMutation = "mutation($unit: ID!, $input: VenueDetailsInput!) { createVenue(unitId: $unit, input: $input) { id } }";

    public const string ScheduleMutation =
        "mutation($id: ID!, $intervals: [OpeningIntervalInput!]!) { setVenueSchedule(id: $id, intervals: $intervals) { weeklyOpenHours meetsWeeklyOpeningHours schedule { day opens closes overnight hours } } }";

    /// <summary>A fresh unit id (units belong to the Organization module; here any well-formed id will do).</summary>
    public static string NewUnitId() => Guid.NewGuid().ToString("N");

    public static object Details(string name, double latitude = 37.8, double longitude = 112.5, string kind = "STATION_SITE", string? phone = null, string? url = null) =>
        new { kind, name, address = "测试地址 " + name, latitude, longitude, contactPhone = phone, qrCodeUrl = url };

    public static async Task<string> CreateVenueAsync(this VenuesHost host, string unitId, string name, double latitude = 37.8, double longitude = 112.5, string kind = "STATION_SITE")
    {
        var response = await host.PostAsync(CreateMutation, new { unit = unitId, input = Details(name, latitude, longitude, kind) }, host.Token(PlatformRoles.PlatformAdmin));
        return response.Ok().GetProperty("createVenue").GetProperty("id").GetString()!;
    }

    public static Task<GraphQLResponse> SetScheduleAsync(this VenuesHost host, string id, params object[] intervals) =>
        host.PostAsync(ScheduleMutation, new { id, intervals }, host.Token(PlatformRoles.PlatformAdmin));

    public static object Interval(string day, string opens, string closes, bool overnight = false) => new { day, opens, closes, overnight };

    public static async Task<JsonElement> VenueAsync(this VenuesHost host, string id, string selection)
    {
        var response = await host.PostAsync($"query($id: ID!) {{ venue(id: $id) {{ {selection} }} }}", new { id });
        return response.Ok().GetProperty("venue");
    }
}
