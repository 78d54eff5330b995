namespace Platform.Gateway.Tests.Differential;

/// <summary>
/// The same subscriptions through our gateway and through Hive Gateway (which serves subscriptions over SSE too), over
/// the same running subgraphs: the events must be the same, in the same order, with the same shape.
/// </summary>
public sealed class HiveSubscriptionDifferentialTests(HiveSubscriptionDifferentialTests.Gateways gateways)
    : IClassFixture<HiveSubscriptionDifferentialTests.Gateways>
{
    public static TheoryData<string, string, string?> Operations => new()
    {
        {
            "variables, aliases and a named fragment",
            """
            subscription Published($count: Int!, $city: String) {
              published: activityPublished(count: $count, city: $city) { ...Parts host: organizer { name } }
            }
            fragment Parts on Activity { title id }
            """,
            """{ "count": 3, "city": "Ningbo" }"""
        },
        {
            "a field that @requires an event field, beside one from another module",
            "subscription { activityPublished(count: 2) { __typename id headline organizer { id name } } }",
            null
        },
        {
            "inline fragments and the argument's default",
            "subscription { activityPublished { ... on Activity { title organizer { ... on OrgUnit { name } } } } }",
            null
        },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Events_match_Hive_Gateways(string name, string query, string? variablesJson)
    {
        object? variables = variablesJson is null ? null : System.Text.Json.JsonDocument.Parse(variablesJson).RootElement;

        var expected = await EventsAsync(gateways.Hive.Url, query, variables);
        var actual = await EventsAsync(new Uri(gateways.Ours.Client.BaseAddress!, "/graphql"), query, variables);

        Assert.True(expected.Count > 1 && expected.All(e => !e.Contains("\"errors\"", StringComparison.Ordinal)), $"{name}: Hive Gateway sent {string.Join("\n", expected)}");
        Assert.Equal(expected, actual);
    }

    private static async Task<List<string>> EventsAsync(Uri endpoint, string query, object? variables)
    {
        await using var stream = await EventStreamClient.SubscribeAsync(endpoint, query, variables);
        var events = await stream.ReadToEndAsync();
        return events.Select(e => e.Name + " " + (e.Name == "next" ? JsonAssert.Normalize(e.Result) : "")).ToList();
    }

    /// <summary>The activity subgraphs, our gateway and Hive Gateway over them, started once for the class.</summary>
    public sealed class Gateways : IAsyncLifetime
    {
        private readonly List<TestSubgraph> _modules = [];

        internal TestGateway Ours { get; private set; } = null!;

        internal HiveGateway Hive { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _modules.AddRange(await Task.WhenAll(
                ActivitySubgraphs.ActivitiesAsync(new ActivityFeed()), ActivitySubgraphs.OrganizationAsync(), ActivitySubgraphs.RatingsAsync()));
            Ours = await TestGateway.StartAsync([.. _modules], null);
            Hive = await HiveGateway.StartAsync(
                (_modules[0], ActivitySubgraphs.ActivitiesSdl), (_modules[1], ActivitySubgraphs.OrganizationSdl), (_modules[2], ActivitySubgraphs.RatingsSdl));
        }

        public async Task DisposeAsync()
        {
            await Hive.DisposeAsync();
            await Ours.DisposeAsync();
            foreach (var module in _modules)
            {
                await module.DisposeAsync();
            }
        }
    }
}
