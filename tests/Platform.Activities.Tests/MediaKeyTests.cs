using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using static Platform.Activities.Tests.ActivityClient;

namespace Platform.Activities.Tests;

/// <summary>
/// The feed is readable anonymously or with a media key (<c>X-Media-Key</c>, configured by its SHA-256 in
/// <c>Activities:MediaKeys</c>); each key has a per-minute limit past which requests get 429 and RATE_LIMITED.
/// </summary>
public sealed class MediaKeyTests
{
    private const string Query = "{ activityFeed(first: 1) { totalCount } }";

    [Fact]
    public async Task A_key_may_make_its_per_minute_requests_then_gets_429_until_the_next_minute_while_anonymous_reading_goes_on()
    {
        var key = MediaKeySettings.NewKey();
        await using var host = await ActivitiesHost.StartPostgresAsync(settings: MediaKeySettings.For("新华网", key, perMinute: 3));
        using var client = new HttpClient();
        host.Clock.Set(new DateTimeOffset(2026, 3, 1, 8, 0, 10, TimeSpan.Zero));

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add((await SendAsync(client, host, key)).Status);
        }

        var limited = await SendAsync(client, host, key);
        var anonymous = await SendAsync(client, host, null);
        host.Clock.Set(new DateTimeOffset(2026, 3, 1, 8, 1, 0, TimeSpan.Zero));
        var nextMinute = await SendAsync(client, host, key);

        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("RATE_LIMITED", limited.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("50", limited.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, anonymous.Status);
        Assert.True(anonymous.Body.GetProperty("data").GetProperty("activityFeed").GetProperty("totalCount").GetInt32() >= 0);
        Assert.Equal(HttpStatusCode.OK, nextMinute.Status);
    }

    [Fact]
    public async Task An_unknown_key_is_refused_with_401()
    {
        await using var host = await ActivitiesHost.StartPostgresAsync(settings:
            MediaKeySettings.For("某平台", "right", perMinute: 10));
        using var client = new HttpClient();

        var wrong = await SendAsync(client, host, "wrong");
        var right = await SendAsync(client, host, "right");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Equal("INVALID_MEDIA_KEY", wrong.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, right.Status);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body, string? RetryAfter)> SendAsync(HttpClient client, ActivitiesHost host, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, host.GraphQLUrl)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (key is not null)
        {
            request.Headers.Add("X-Media-Key", key);
        }

        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body, response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
