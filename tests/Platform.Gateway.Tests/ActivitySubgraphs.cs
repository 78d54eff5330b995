using Microsoft.Extensions.DependencyInjection;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Tests;

/// <summary>
/// Modules for subscription tests: activities (a Subscription whose events are activities referencing the organizing
/// OrgUnit), organization (the OrgUnit's name) and ratings (a headline that @requires the activity's title).
/// </summary>
internal static class ActivitySubgraphs
{
    public static readonly (string Id, string Name)[] OrgUnits = [("o0", "Hangzhou Center"), ("o1", "Ningbo Center")];

    public const string ActivitiesSdl = ShopSubgraphs.Link + """
        type Query { activityCount: Int }
        type Subscription {
          "Publishes `count` activities, then completes."
          activityPublished(count: Int! = 3, city: String): Activity!
          "Publishes what the test writes to the module's feed; never completes by itself."
          activityFeed: Activity!
          "Drops the connection without completing, as a crashing module does."
          activityCrash: Activity!
        }
        type Activity @key(fields: "id") { id: ID! title: String! organizer: OrgUnit }
        type OrgUnit @key(fields: "id", resolvable: false) { id: ID! }
        """;

    public const string OrganizationSdl = ShopSubgraphs.Link + """
        type Query { orgUnit(id: ID!): OrgUnit }
        type OrgUnit @key(fields: "id") { id: ID! name: String! }
        """;

    public const string RatingsSdl = ShopSubgraphs.Link + """
        type Query { ratingScale: Int }
        type Activity @key(fields: "id") { id: ID! title: String! @external headline: String @requires(fields: "title") }
        """;

    /// <summary>The i-th published activity (0-based) for a city.</summary>
    public static Dictionary<string, object?> Activity(int index, string? city) => new()
    {
        ["id"] = "a" + index,
        ["title"] = $"Activity {index}" + (city is null ? "" : " in " + city),
        ["organizer"] = new Dictionary<string, object?> { ["id"] = OrgUnits[index % OrgUnits.Length].Id },
    };

    public static string OrgUnitName(string id) => OrgUnits.First(o => o.Id == id).Name;

    public static string Headline(string title) => "Now open: " + title;

    public static Task<TestSubgraph> ActivitiesAsync(ActivityFeed feed) => TestSubgraph.StartAsync("activities", ActivitiesSdl, server => server
        .AddSubscriber("Subscription", "activityPublished", context => ValueTask.FromResult(
            Published(Convert.ToInt32(context.Arguments["count"]), context.Arguments.GetValueOrDefault("city") as string)))
        .AddSubscriber("Subscription", "activityFeed", context => ValueTask.FromResult(feed.ReadAsync(context.CancellationToken)))
        .AddSubscriber("Subscription", "activityCrash", context => ValueTask.FromResult(
            Crash(context.Services!.GetRequiredService<IHttpContextAccessor>().HttpContext!)))
        .AddReferenceResolver("Activity", (representation, _) => Activity(int.Parse(((string)representation["id"]!)[1..]), null))
        .Services.AddHttpContextAccessor());

    public static Task<TestSubgraph> OrganizationAsync() => TestSubgraph.StartAsync("organization", OrganizationSdl, server => server
        .AddResolver("Query", "orgUnit", context => OrgUnit((string)context.Arguments["id"]!))
        .AddReferenceResolver("OrgUnit", (representation, _) => OrgUnit((string)representation["id"]!)));

    public static Task<TestSubgraph> RatingsAsync() => TestSubgraph.StartAsync("ratings", RatingsSdl, server => server
        .AddReferenceResolver("Activity", (representation, _) => new Dictionary<string, object?>
        {
            ["id"] = representation["id"],
            ["headline"] = representation.GetValueOrDefault("title") is string title ? Headline(title) : null,
        }));

    private static Dictionary<string, object?>? OrgUnit(string id) =>
        OrgUnits.Any(o => o.Id == id) ? new() { ["id"] = id, ["name"] = OrgUnitName(id) } : null;

    private static async IAsyncEnumerable<object?> Crash(HttpContext connection)
    {
        await Task.Yield();
        connection.Abort();
        yield break;
    }

    private static async IAsyncEnumerable<object?> Published(int count, string? city)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new Dictionary<string, object?> { ["activityPublished"] = Activity(i, city) };
        }
    }
}

/// <summary>The activities module's open-ended feed: the test writes activities, and sees when a reader starts and stops.</summary>
internal sealed class ActivityFeed
{
    private readonly Channel<Dictionary<string, object?>> _activities = Channel.CreateUnbounded<Dictionary<string, object?>>();
    private int _readers;
    private TaskCompletionSource _started = NewSignal();
    private TaskCompletionSource _stopped = NewSignal();

    /// <summary>Completes when a subscriber starts reading (a new signal after each <see cref="Reset"/>).</summary>
    public Task Started => _started.Task;

    /// <summary>Completes when a subscriber's stream was cancelled or ended.</summary>
    public Task Stopped => _stopped.Task;

    public int Readers => Volatile.Read(ref _readers);

    public void Publish(int index) => _activities.Writer.TryWrite(ActivitySubgraphs.Activity(index, null));

    /// <summary>Breaks the feed: its reader fails as a module's event source can.</summary>
    public void Fail() => _activities.Writer.TryComplete(new InvalidOperationException("The activity feed broke."));

    public void Reset()
    {
        _started = NewSignal();
        _stopped = NewSignal();
    }

    public async IAsyncEnumerable<object?> ReadAsync(CancellationToken requestToken, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestToken, cancellationToken);
        Interlocked.Increment(ref _readers);
        _started.TrySetResult();
        try
        {
            while (true)
            {
                var activity = await _activities.Reader.ReadAsync(linked.Token);
                yield return new Dictionary<string, object?> { ["activityFeed"] = activity };
            }
        }
        finally
        {
            Interlocked.Decrement(ref _readers);
            _stopped.TrySetResult();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
