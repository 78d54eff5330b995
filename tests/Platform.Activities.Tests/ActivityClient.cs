using System.Text.Json;
using Platform.Hosting.Security;
using Platform.Testing;

namespace Platform.Activities.Tests;

/// <summary>Shorthands over the module's GraphQL API for creating, moving and attending test activities.</summary>
public static class ActivityClient
{
    public const string Create = "mutation($unit: ID!, $input: ActivityDetailsInput!) { createActivity(unitId: $unit, input: $input) { id status } }";
    public const string Update = "mutation($id: ID!, $input: ActivityDetailsInput!) { updateActivity(id: $id, input: $input) { id title } }";

    /// <summary>1 March 2026, 09:00 in China: the start of the test activities unless a test says otherwise.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static string NewId() => Guid.NewGuid().ToString("N");

    public static object Details(
        string title = "理论宣讲进社区", string content = "STUDY_THEORY", bool isPublic = true, DateTimeOffset? start = null, double hours = 2,
        int? capacity = null, string[]? teams = null, string[]? pictures = null, string? venue = null, string description = "学习宣讲") =>
        new
        {
            title,
            description,
            content,
            serviceKind = "THEMATIC",
            startsAt = (start ?? Start).ToString("O"),
            endsAt = (start ?? Start).AddHours(hours).ToString("O"),
            isPublic,
            venueId = venue,
            teamIds = teams ?? [],
            pictureUrls = pictures ?? ["https://example.org/a.jpg"],
            capacity,
        };

    public static string PlatformAdmin(this ActivitiesHost host) => host.Token(PlatformRoles.PlatformAdmin);

    public static string Volunteer(this ActivitiesHost host, string volunteerId) => host.Token(PlatformRoles.Volunteer, volunteerId: volunteerId);

    public static async Task<string> CreateAsync(this ActivitiesHost host, string unit, object? details = null, string? token = null)
    {
        var response = await host.PostAsync(Create, new { unit, input = details ?? Details() }, token ?? host.PlatformAdmin());
        return response.Ok().GetProperty("createActivity").GetProperty("id").GetString()!;
    }

    /// <summary>Runs a status mutation (<c>publishActivity</c>, <c>completeActivity</c>, <c>cancelActivity</c>) and returns the response.</summary>
    public static Task<GraphQLResponse> MoveAsync(this ActivitiesHost host, string mutation, string id, string? token = null) =>
        host.PostAsync($"mutation($id: ID!) {{ {mutation}(id: $id) {{ id status }} }}", new { id }, token ?? host.PlatformAdmin());

    public static async Task<string> CreatePublishedAsync(this ActivitiesHost host, string unit, object? details = null)
    {
        var id = await host.CreateAsync(unit, details);
        (await host.MoveAsync("publishActivity", id)).Ok();
        return id;
    }

    public static async Task<string> CodeAsync(this ActivitiesHost host, string id)
    {
        var response = await host.PostAsync("query($id: ID!) { activity(id: $id) { checkInCode } }", new { id }, host.PlatformAdmin());
        return response.Ok().GetProperty("activity").GetProperty("checkInCode").GetString()!;
    }

    public static Task<GraphQLResponse> AttendAsync(this ActivitiesHost host, string mutation, string activity, string volunteer, string? code = null)
    {
        var query = code is null
            ? $"mutation($activity: ID!) {{ {mutation}(activityId: $activity) {{ checkedInAt checkedOutAt hours cancelledAt }} }}"
            : $"mutation($activity: ID!, $code: String!) {{ {mutation}(activityId: $activity, code: $code) {{ checkedInAt checkedOutAt hours cancelledAt }} }}";
        return host.PostAsync(query, new { activity, code }, host.Volunteer(volunteer));
    }

    public static async Task<JsonElement> ActivityAsync(this ActivitiesHost host, string id, string selection, string? token = null)
    {
        var response = await host.PostAsync($"query($id: ID!) {{ activity(id: $id) {{ {selection} }} }}", new { id }, token ?? host.PlatformAdmin());
        return response.Ok().GetProperty("activity");
    }
}
