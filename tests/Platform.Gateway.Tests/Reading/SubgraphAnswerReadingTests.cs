using System.Text;
using Platform.Gateway.Execution;

namespace Platform.Gateway.Tests.Reading;

/// <summary>How the gateway reads a module's HTTP answer, over real HTTP: sizes, statuses and what is not a GraphQL response.</summary>
public sealed class SubgraphAnswerReadingTests(CannedAnswerServer server) : IClassFixture<CannedAnswerServer>
{
    private const string Answer =
        "{\"data\":{\"product\":{\"__typename\":\"Product\",\"upc\":\"1\",\"price\":899,\"weight\":1.5,\"tags\":[\"a\",null]}},"
        + "\"errors\":[{\"message\":\"no stock\",\"path\":[\"product\",\"stock\",0,2.5,true,\"x\"],\"extensions\":{\"code\":\"OUT\",\"n\":[1]}},"
        + "7,{\"path\":\"product\"}]}";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_answer_sized_or_chunked_reads_to_its_data_and_errors(bool chunked)
    {
        var response = await server.AnswerAsync(Encoding.UTF8.GetBytes(Answer), chunked: chunked);

        Assert.Null(response.Failure);
        var product = Assert.IsType<Dictionary<string, object?>>(response.Data!["product"]);
        Assert.Equal(["__typename", "upc", "price", "weight", "tags"], product.Keys);
        Assert.Equal(899, product["price"]);
        Assert.Equal(1.5, product["weight"]);
        Assert.Equal(new List<object?> { "a", null }, product["tags"]);
        Assert.Equal(3, response.Errors.Count);
        Assert.Equal("no stock", response.Errors[0].Message);
        Assert.Equal(["product", "stock", 0, "x"], response.Errors[0].Path!);
        Assert.Equal("OUT", response.Errors[0].Extensions!["code"]);
        Assert.Equal(new List<object?> { 1 }, response.Errors[0].Extensions!["n"]);
        Assert.All(response.Errors.Skip(1), error => Assert.Equal("The module reported an error without a message.", error.Message));
        Assert.Null(response.Errors[2].Path);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_answer_of_exactly_the_limit_is_read_and_one_byte_more_is_refused(bool chunked)
    {
        var atLimit = Padded("{\"data\":{\"ok\":true}}", CannedAnswerServer.Limit);

        var read = await server.AnswerAsync(atLimit, chunked: chunked);
        var refused = await server.AnswerAsync(Padded("{\"data\":{\"ok\":true}}", CannedAnswerServer.Limit + 1), chunked: chunked);

        Assert.Null(read.Failure);
        Assert.Equal(true, read.Data!["ok"]);
        Assert.Equal($"Module 'canned' answered with an invalid response: the body is larger than {CannedAnswerServer.Limit} bytes.", refused.Failure?.Message);
    }

    [Fact]
    public async Task A_byte_order_mark_before_the_answer_is_accepted()
    {
        var response = await server.AnswerAsync([.. Encoding.UTF8.Preamble, .. "{\"data\":{\"a\":1}}"u8]);

        Assert.Null(response.Failure);
        Assert.Equal(1, response.Data!["a"]);
    }

    [Theory]
    [InlineData(200, "<html>not graphql</html>", "answered with an invalid response: the body is not JSON.")]
    [InlineData(200, "{\"data\":{}} trailing", "answered with an invalid response: the body is not JSON.")]
    [InlineData(200, "", "answered with an invalid response: the body is not JSON.")]
    [InlineData(200, "{\"data\":{\"s\":\"\\ud800\"}}", "answered with an invalid response: the body is not JSON.")]
    [InlineData(200, "{}", "answered with an invalid response: the body has neither data nor errors.")]
    [InlineData(200, "[{\"data\":{}}]", "answered with an invalid response: the body has neither data nor errors.")]
    [InlineData(200, "{\"data\":[]}", "answered with an invalid response: data is not an object.")]
    [InlineData(200, "{\"data\":\"x\",\"errors\":[]}", "answered with an invalid response: data is not an object.")]
    [InlineData(200, "{\"errors\":{\"message\":\"m\"}}", "answered with an invalid response: errors is not a list.")]
    [InlineData(502, "Bad Gateway", "is unavailable: it answered HTTP 502.")]
    [InlineData(503, "{\"status\":\"down\"}", "is unavailable: it answered HTTP 503.")]
    public async Task A_body_that_is_not_a_GraphQL_response_is_a_failure_naming_the_module(int status, string body, string reason)
    {
        var response = await server.AnswerAsync(Encoding.UTF8.GetBytes(body), status);

        Assert.Equal($"Module 'canned' {reason}", response.Failure?.Message);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_string_that_is_not_UTF8_is_a_failure_not_a_crash()
    {
        var response = await server.AnswerAsync([.. "{\"data\":{\"s\":\"a"u8, 0xFF, .. "\"}}"u8]);

        Assert.Equal("Module 'canned' answered with an invalid response: the body is not JSON.", response.Failure?.Message);
    }

    [Fact]
    public async Task An_error_status_with_a_GraphQL_body_keeps_the_modules_errors()
    {
        var response = await server.AnswerAsync("{\"errors\":[{\"message\":\"denied\"}],\"data\":null}"u8.ToArray(), 403);

        Assert.Null(response.Failure);
        Assert.Null(response.Data);
        Assert.Equal("denied", Assert.Single(response.Errors).Message);
    }

    [Fact]
    public async Task Answers_nested_past_the_depth_limit_are_not_JSON_and_at_the_limit_are_read()
    {
        // The body's own object is depth 1 and "data" depth 2, so 62 more levels reach JsonDocument's limit of 64.
        static byte[] Nested(int levels) => Encoding.UTF8.GetBytes(
            "{\"data\":" + string.Concat(Enumerable.Repeat("{\"a\":", levels)) + "1" + new string('}', levels) + "}");

        var atLimit = await server.AnswerAsync(Nested(63));
        var pastLimit = await server.AnswerAsync(Nested(64));

        Assert.Null(atLimit.Failure);
        Assert.Equal("Module 'canned' answered with an invalid response: the body is not JSON.", pastLimit.Failure?.Message);
    }

    private static byte[] Padded(string json, int length) => Encoding.UTF8.GetBytes(json + new string(' ', length - Encoding.UTF8.GetByteCount(json)));
}
