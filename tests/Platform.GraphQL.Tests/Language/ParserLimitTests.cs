using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

public class ParserLimitTests
{
    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a:", "}")]
    public void Ten_thousand_nested_values_give_a_syntax_error_not_a_stack_overflow(string open, string close)
    {
        var source = "{ f(x: " + string.Concat(Enumerable.Repeat(open, 10_000)) + string.Concat(Enumerable.Repeat(close, 10_000)) + ") }";

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(source));

        Assert.Equal("Syntax Error: Document nesting is deeper than 128 levels. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Ten_thousand_nested_selection_sets_give_a_syntax_error()
    {
        var source = string.Concat(Enumerable.Repeat("{ a ", 10_000)) + new string('}', 10_000);

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(source));

        Assert.StartsWith("Syntax Error: Document nesting is deeper than", error.Message);
    }

    [Fact]
    public void Nesting_up_to_the_limit_parses()
    {
        var depth = 10;
        var source = string.Concat(Enumerable.Repeat("{ a ", depth)) + new string('}', depth);

        Assert.Throws<GraphQLError>(() => Parser.Parse(source, new ParserOptions { MaxDepth = depth - 1 }));
        Assert.Single(Parser.Parse(source, new ParserOptions { MaxDepth = depth }).Definitions);
    }

    [Fact]
    public void Token_limit_is_enforced_with_graphql_js_wording()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a b c d }", new ParserOptions { MaxTokens = 3 }));

        Assert.Equal("Syntax Error: Document contains more than 3 tokens. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 7), error.Locations[0]);
        Assert.Equal(6, Parser.Parse("{ a b c d }").TokenCount);
    }

    [Fact]
    public void Locations_span_the_node_and_can_be_switched_off()
    {
        var document = Parser.Parse("query Q { alias: field(arg: [1, 2]) }");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];

        Assert.Equal(10, field.Location!.Value.Start);
        Assert.Equal(35, field.Location!.Value.End);
        Assert.Equal("alias", field.Alias!.Value);
        Assert.Equal("field", field.Name.Value);
        Assert.Null(((OperationDefinitionNode)Parser.Parse("{ a }", new ParserOptions { NoLocations = true }).Definitions[0]).Location);
    }

    [Fact]
    public void Block_strings_are_dedented_like_graphql_js()
    {
        var value = (StringValueNode)Parser.ParseValue("\"\"\"\n    first\n      second\n    \\\"\"\"\n\n  \"\"\"");

        Assert.True(value.Block);
        Assert.Equal("first\n  second\n\"\"\"", value.Value);
    }
}
