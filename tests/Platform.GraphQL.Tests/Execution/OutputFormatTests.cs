using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Numbers, strings and inspected values written as graphql-js 17.1.0 on node writes them.</summary>
public class OutputFormatTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(1d, "1")]
    [InlineData(-1d, "-1")]
    [InlineData(1.5, "1.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(1d / 3, "0.3333333333333333")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(9007199254740992d, "9007199254740992")]
    [InlineData(9007199254740994d, "9007199254740994")]
    [InlineData(0.000001234, "0.000001234")]
    [InlineData(1234.5678e10, "12345678000000")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(1e16, "10000000000000000")]
    [InlineData(-2.5e-8, "-2.5e-8")]
    public void Doubles_are_written_as_JSON_stringify_writes_them(double value, string expected) =>
        Assert.Equal(expected, ExecutionHarness.ToJson(value));

    [Fact]
    public void Negative_zero_is_written_as_zero() => Assert.Equal("0", ExecutionHarness.ToJson(-0d));

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote\"", "\"quote\\\"\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("nl\n", "\"nl\\n\"")]
    [InlineData("tab\t", "\"tab\\t\"")]
    [InlineData("\u0001ctl", "\"\\u0001ctl\"")]
    [InlineData("\u007f", "\"\u007f\"")]
    [InlineData("é ü 中", "\"é ü 中\"")]
    [InlineData("😀", "\"😀\"")]
    [InlineData("<>&'", "\"<>&'\"")]
    public void Strings_are_escaped_as_JSON_stringify_escapes_them(string value, string expected) =>
        Assert.Equal(expected, ExecutionHarness.ToJson(value));

    [Theory]
    [InlineData("\ue000\uffff\ufeff", "\"\ue000\uffff\ufeff\"")]
    [InlineData("\ud7ff", "\"\ud7ff\"")]
    [InlineData("\u001f \u0020", "\"\\u001f  \"")]
    public void Characters_around_the_escaping_ranges_are_written_as_JSON_stringify_writes_them(string value, string expected) =>
        Assert.Equal(expected, ExecutionHarness.ToJson(value));

    [Theory]
    [InlineData(2000, "")]
    [InlineData(5000, "")]
    [InlineData(5000, "\"")]
    [InlineData(70000, "\n")]
    public void Long_strings_are_written_whole_with_escapes_at_their_end(int length, string tail)
    {
        var value = new string('中', length) + tail;
        var expected = "\"" + new string('中', length) + tail.Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
        Assert.Equal(expected, ExecutionHarness.ToJson(value));
    }

    [Fact]
    public void A_lone_surrogate_is_written_as_an_escape() =>
        Assert.Equal("\"\\ud800x\"", ExecutionHarness.ToJson(new string(['\ud800', 'x'])));

    public static TheoryData<object?, string> Inspected => new()
    {
        { null, "null" },
        { true, "true" },
        { "str", "\"str\"" },
        { 1.5, "1.5" },
        { new List<object?>(), "[]" },
        { new Dictionary<string, object?>(), "{}" },
        { new List<object?> { 1, new List<object?> { 2, new List<object?> { 3, new List<object?> { 4 } } } }, "[1, [2, [Array]]]" },
        { Map("a", Map("b", Map("c", Map("d", 1)))), "{ a: { b: [Object] } }" },
        { Enumerable.Range(0, 12).Cast<object?>().ToList(), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 2 more items]" },
        { Enumerable.Range(0, 11).Cast<object?>().ToList(), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 1 more item]" },
        { new Dictionary<string, object?> { ["a"] = new List<object?> { 1, "x" }, ["b"] = null }, "{ a: [1, \"x\"], b: null }" },
    };

    [Theory]
    [MemberData(nameof(Inspected))]
    public void Values_in_messages_are_shown_as_graphql_js_inspect_shows_them(object? value, string expected) =>
        Assert.Equal(expected, ValueInspector.Inspect(value));

    [Fact]
    public void Result_keys_come_in_the_order_errors_data_extensions()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = new Dictionary<string, object?> { ["a"] = 1 },
            Errors = [new GraphQLError("bad", path: ["a", 0])],
            Extensions = new Dictionary<string, object?> { ["cost"] = 2.0 },
        };
        Assert.Equal("""{"errors":[{"message":"bad","path":["a",0]}],"data":{"a":1},"extensions":{"cost":2}}""", ExecutionResultJsonWriter.ToJson(result));
    }

    [Fact]
    public void A_result_without_data_has_no_data_key() =>
        Assert.Equal("""{"errors":[{"message":"x"}]}""", ExecutionResultJsonWriter.ToJson(ExecutionResult.FromErrors([new GraphQLError("x")])));

    private static Dictionary<string, object?> Map(string key, object? value) => new() { [key] = value };
}
