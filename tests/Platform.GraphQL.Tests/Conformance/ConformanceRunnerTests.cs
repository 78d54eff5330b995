using System.Text.Json.Nodes;
using Platform.GraphQL.Conformance;

namespace Platform.GraphQL.Tests.Conformance;

/// <summary>The runner's own contract: one answer per request, and a bad request never stops it.</summary>
public sealed class ConformanceRunnerTests
{
    [Fact]
    public void Unknown_op_is_answered_with_a_crash_under_the_same_id()
    {
        var answer = JsonNode.Parse(ConformanceRunner.Answer("""{"id":"x-1","op":"frobnicate","schema":"type Query { a: Int }"}"""))!;

        Assert.Equal("x-1", answer["id"]!.GetValue<string>());
        Assert.StartsWith("NotSupportedException: Unknown op", answer["result"]!["crash"]!.GetValue<string>());
    }

    [Fact]
    public void Unreadable_request_is_answered_with_a_null_id_and_a_crash()
    {
        var answer = JsonNode.Parse(ConformanceRunner.Answer("{not json"))!;

        Assert.Null(answer["id"]);
        Assert.NotNull(answer["result"]!["crash"]);
    }

    [Fact]
    public async Task Every_line_gets_an_answer_in_order()
    {
        var input = new StringReader("{\"id\":1,\"op\":\"nope\"}\n\n{\"id\":2,\"op\":\"nope\"}\n");
        var output = new StringWriter();

        await ConformanceRunner.RunAsync(input, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(1, JsonNode.Parse(lines[0])!["id"]!.GetValue<int>());
        Assert.Equal(2, JsonNode.Parse(lines[1])!["id"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"data":{"a":1,"b":[1.0,2]}}""", """{"data":{"a":1,"b":[1,2.0]}}""", true)]
    [InlineData("""{"data":{"a":1,"b":2}}""", """{"data":{"b":2,"a":1}}""", false)]
    [InlineData("""{"errors":[{"message":"m","path":["a",0]}]}""", """{"errors":[{"message":"other","path":["a",0]}]}""", true)]
    [InlineData("""{"errors":[{"message":"m","path":["a",0]}]}""", """{"errors":[{"message":"m","path":["a",1]}]}""", false)]
    [InlineData("""{"schemaErrors":[{"message":"m"}]}""", """{"schemaErrors":[{"message":"m"},{"message":"n"}]}""", true)]
    [InlineData("""{"schemaErrors":[{"message":"m"}]}""", """{"errors":[{"message":"m"}]}""", false)]
    [InlineData("""{"printed":"{\n  a\n}"}""", """{"printed":"{ a }"}""", false)]
    public void Comparison_checks_structure_and_key_order_but_only_counts_messages(string expected, string actual, bool passes)
    {
        var comparison = AnswerComparer.Compare("c", $$"""{"id":"c","result":{{expected}}}""", $$"""{"id":"c","result":{{actual}}}""");

        Assert.Equal(passes, comparison.Passed);
    }

    [Fact]
    public void Message_tally_counts_each_expected_message_once()
    {
        var comparison = AnswerComparer.Compare(
            "c",
            """{"id":"c","result":{"errors":[{"message":"a"},{"message":"a"},{"message":"b"}]}}""",
            """{"id":"c","result":{"errors":[{"message":"a"},{"message":"c"},{"message":"b"}]}}""");

        Assert.Equal(3, comparison.MessagesTotal);
        Assert.Equal(2, comparison.MessagesMatched);
        Assert.Equal(new MessageMismatch("a", "c"), Assert.Single(comparison.MessageMismatches));
    }
}
