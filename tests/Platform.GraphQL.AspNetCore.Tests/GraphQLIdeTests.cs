using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using static Platform.GraphQL.AspNetCore.Tests.TestServerHost;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>The GraphiQL page a browser gets at the endpoint, and its locally served files.</summary>
public sealed partial class GraphQLIdeTests : IAsyncLifetime
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private TestServerHost _host = null!;

    public async Task InitializeAsync() => _host = await StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_browser_opening_the_endpoint_gets_the_graphiql_page_pointing_at_local_files_and_the_endpoint()
    {
        using var response = await _host.GetAsync("", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-endpoint=\"/graphql\"", html);
        var assets = AssetUrls(html);
        Assert.Equal(
            ["/graphql/ide/graphiql.min.css", "/graphql/ide/react.production.min.js", "/graphql/ide/react-dom.production.min.js",
                "/graphql/ide/graphiql.min.js", "/graphql/ide/start.js"],
            assets);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/graphql/ide/graphiql.min.js", "text/javascript", "GraphiQL")]
    [InlineData("/graphql/ide/graphiql.min.css", "text/css", ".graphiql-container")]
    [InlineData("/graphql/ide/react.production.min.js", "text/javascript", "React")]
    [InlineData("/graphql/ide/react-dom.production.min.js", "text/javascript", "createRoot")]
    [InlineData("/graphql/ide/start.js", "text/javascript", "text/event-stream")]
    public async Task Each_ide_file_is_served_with_its_content_type_and_a_long_cache_lifetime(string url, string mediaType, string expectedText)
    {
        using var response = await _host.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl.MaxAge);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(expectedText, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ide_file_asked_again_with_its_etag_answers_304()
    {
        using var first = await _host.Client.GetAsync("/graphql/ide/start.js");
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/ide/start.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/graphql/ide/unknown.js")]
    [InlineData("/graphql/ide/graphiql.min.js.map")]
    public async Task Files_outside_the_ide_set_are_not_found(string url)
    {
        using var response = await _host.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_graphql_get_with_a_query_is_answered_as_graphql_even_from_a_browser()
    {
        using var response = await _host.GetAsync("query=%7Bhello%7D", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("world", (await JsonAsync(response)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData("text/html;q=0, application/json")]
    public async Task A_get_not_accepting_html_is_not_given_the_ide(string accept)
    {
        using var response = await _host.GetAsync("", accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task With_the_ide_switched_off_a_browser_get_is_handled_as_graphql_and_its_files_are_not_found()
    {
        await using var host = await StartAsync(graphQL => graphQL.ModifyOptions(o => o.EnableIde = false));

        using var page = await host.GetAsync("", BrowserAccept);
        using var htmlOnly = await host.GetAsync("", "text/html");
        using var asset = await host.Client.GetAsync("/graphql/ide/graphiql.min.js");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("INVALID_REQUEST", await FirstErrorCodeAsync(page));
        Assert.Equal(HttpStatusCode.NotAcceptable, htmlOnly.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
    }

    private static List<string> AssetUrls(string html) =>
        AssetUrlPattern().Matches(html).Select(match => match.Groups[1].Value).ToList();

    [GeneratedRegex("(?:href|src)=\"([^\"]+)\"")]
    private static partial Regex AssetUrlPattern();
}
