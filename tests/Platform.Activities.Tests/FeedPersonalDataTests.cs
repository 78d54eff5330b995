using System.Text.Json;
using System.Text.RegularExpressions;
using static Platform.Activities.Tests.ActivityClient;

namespace Platform.Activities.Tests;

/// <summary>
/// No personal data anywhere in what media platforms read: every type reachable from <c>activityFeed</c> and
/// <c>activityPublished</c> (walked through introspection, up to the public units and venues it links to by key) is free of people and secrets, and the feed's data for an
/// activity with volunteers signed up and checked in holds none of their ids nor the check-in code.
/// </summary>
public sealed partial class FeedPersonalDataTests(ActivityHostFixture fixture) : IClassFixture<ActivityHostFixture>
{
    private const string Schema = """
        { __schema { types { name kind fields { name type { ...Ref } } } queryType { name } subscriptionType { name } } }
        fragment Ref on __Type { name kind ofType { name kind ofType { name kind ofType { name kind } } } }
        """;

    private static readonly HashSet<string> PersonalTypes = ["Activity", "ActivitySignUp", "Volunteer", "Team"];

    /// <summary>
    /// Public records of other modules the feed links to by key (the organizer's name, the venue's): the walk stops at
    /// them, as their fields are their own modules' and those guard whatever is not public.
    /// </summary>
    private static readonly HashSet<string> PublicReferences = ["OrgUnit", "Venue"];

    [GeneratedRegex("volunteer|phone|code|signUp|idCard|realName|contact|member|user|email", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalField();

    [Fact]
    public async Task No_type_reachable_from_the_feed_or_the_subscription_can_hold_personal_data()
    {
        var types = await TypesAsync();
        var reachable = new HashSet<string>();
        var queue = new Queue<string>([FieldType(types["Query"], "activityFeed"), FieldType(types["Subscription"], "activityPublished")]);
        while (queue.TryDequeue(out var name))
        {
            if (!reachable.Add(name) || PublicReferences.Contains(name) || types[name].GetProperty("fields") is not { ValueKind: JsonValueKind.Array } fields)
            {
                continue;
            }

            foreach (var field in fields.EnumerateArray())
            {
                Assert.False(PersonalField().IsMatch(field.GetProperty("name").GetString()!), $"{name}.{field.GetProperty("name").GetString()}");
                queue.Enqueue(Named(field.GetProperty("type")));
            }
        }

        Assert.Contains("PublicActivity", reachable);
        Assert.Contains("OrgUnit", reachable);
        Assert.Empty(reachable.Intersect(PersonalTypes));
        Assert.All(reachable, name => Assert.Contains(types[name].GetProperty("kind").GetString(), new[] { "OBJECT", "SCALAR", "ENUM" }));
    }

    [Fact]
    public async Task The_feeds_data_holds_no_volunteer_and_no_check_in_code()
    {
        var host = fixture.Host;
        host.Clock.Set(Start.AddDays(-1));
        var unit = NewId();
        var id = await host.CreatePublishedAsync(unit);
        var code = await host.CodeAsync(id);
        var volunteers = new[] { NewId(), NewId() };
        foreach (var volunteer in volunteers)
        {
            (await host.AttendAsync("signUpForActivity", id, volunteer)).Ok();
        }

        host.Clock.Set(Start);
        (await host.AttendAsync("checkInToActivity", id, volunteers[0], code)).Ok();
        var types = await TypesAsync();
        var every = string.Join(" ", types["PublicActivity"].GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString() + (types[Named(f.GetProperty("type"))].GetProperty("kind").GetString() == "OBJECT" ? " { id }" : "")));

        var feed = await host.PostAsync($"{{ activityFeed(first: 200) {{ nodes {{ {every} }} }} }}");
        var mine = feed.Ok().GetProperty("activityFeed").GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == id);

        Assert.Equal(1, mine.GetProperty("participantCount").GetInt32());
        Assert.Equal(unit, mine.GetProperty("organizingUnitId").GetString());
        Assert.DoesNotContain(code, feed.Text);
        Assert.All(volunteers, volunteer => Assert.DoesNotContain(volunteer, feed.Text));
    }

    private async Task<Dictionary<string, JsonElement>> TypesAsync() =>
        (await fixture.Host.PostAsync(Schema)).Ok().GetProperty("__schema").GetProperty("types").EnumerateArray()
            .ToDictionary(t => t.GetProperty("name").GetString()!);

    private static string FieldType(JsonElement type, string field) =>
        Named(type.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == field).GetProperty("type"));

    private static string Named(JsonElement type) =>
        type.GetProperty("name").GetString() ?? Named(type.GetProperty("ofType"));
}
