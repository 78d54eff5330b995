using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

/// <summary>Syntax errors: message and location as graphql-js 17.1.0 reports them (expected values taken from graphql-js).</summary>
public class ParserErrorTests
{
    [Theory]
        [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
        [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
        [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
        [InlineData("query Q(", "Syntax Error: Expected \"$\", found <EOF>.", 1, 9)]
        [InlineData("{ a(x: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
        [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
        [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
        [InlineData("fragment F on T", "Syntax Error: Expected \"{\", found <EOF>.", 1, 16)]
        [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
        [InlineData("\"desc\" extend type T { a: Int }", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
        [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
        [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
        [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
        [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
        [InlineData("extend directive @d", "Syntax Error: Unexpected <EOF>.", 1, 20)]
        [InlineData("{ a(x: \"unterminated) }", "Syntax Error: Unterminated string.", 1, 24)]
        [InlineData("{ a(x: \"\\q\") }", "Syntax Error: Invalid character escape sequence: \"\\q\".", 1, 9)]
        [InlineData("{ a(x: \"\\u12G4\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12G4\".", 1, 9)]
        [InlineData("{ a(x: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
        [InlineData("{ a(x: 01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 9)]
        [InlineData("{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
        [InlineData("{ a(x: .5) }", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.5\"?", 1, 8)]
        [InlineData("{ a(x: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
        [InlineData("{ a(x: 1x) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)]
        [InlineData("{ a(x: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9)]
        [InlineData("{ a(x: 'b') }", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 8)]
        [InlineData("{ a ? }", "Syntax Error: Unexpected character: \"?\".", 1, 5)]
        [InlineData("{ a \u0007 }", "Syntax Error: Unexpected character: U+0007.", 1, 5)]
        [InlineData("{ a .. }", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 5)]
        [InlineData("{ a . }", "Syntax Error: Unexpected character: \".\".", 1, 5)]
        [InlineData("query Q($v: Int = $w) { a }", "Syntax Error: Unexpected variable \"$w\" in constant value.", 1, 19)]
        [InlineData("query Q($v: Int = { a: $w }) { a }", "Syntax Error: Unexpected variable \"$w\" in constant value.", 1, 24)]
        [InlineData("type T { f: [Int }", "Syntax Error: Expected \"]\", found \"}\".", 1, 18)]
        [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
        [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
        [InlineData("directive @d on FIELD | BOGUS", "Syntax Error: Unexpected Name \"BOGUS\".", 1, 25)]
        [InlineData("directive @d(a: Int) on", "Syntax Error: Expected Name, found <EOF>.", 1, 24)]
        [InlineData("union U = | A |", "Syntax Error: Expected Name, found <EOF>.", 1, 16)]
        [InlineData("type T implements & A & B { a: Int }", null, 0, 0)]
        [InlineData("schema { query }", "Syntax Error: Expected \":\", found \"}\".", 1, 16)]
        [InlineData("subscriptionx { a }", "Syntax Error: Unexpected Name \"subscriptionx\".", 1, 1)]
        [InlineData("{ a(x: \"\"\"unterminated) }", "Syntax Error: Unterminated string.", 1, 26)]
        [InlineData("query Q @dir($x: 1) { a }", "Syntax Error: Expected Name, found \"$\".", 1, 14)]
        [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
        [InlineData("{ a { b }", "Syntax Error: Expected Name, found <EOF>.", 1, 10)]
        [InlineData("\uFEFF{ a }", null, 0, 0)]
        [InlineData("type T @a(x: $v) { f: Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 14)]
        [InlineData("{ a(x: [1, 2, {b: $c}]) }", null, 0, 0)]
        [InlineData("\"\"\"block\"\"\" query Q { a }", null, 0, 0)]
        [InlineData("query ($a: Int) { b }", null, 0, 0)]
        [InlineData("{}", null, 0, 0)]
        [InlineData("scalar S @specifiedBy(url: \"x\")", null, 0, 0)]
        [InlineData("input I { a: Int = 1 @d }", null, 0, 0)]
        [InlineData("interface I implements J & K @d { a: Int }", null, 0, 0)]
        [InlineData("{ a(x: \"\\uD83D\\uDE00\") }", null, 0, 0)]
        [InlineData("{ a(x: \"\\uD83D\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9)]
        [InlineData("{ a(x: \"\\u{1F600}\") }", null, 0, 0)]
        [InlineData("# only a comment", "Syntax Error: Unexpected <EOF>.", 1, 17)]
        [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
        [InlineData("query Q { a } ,,, # x", null, 0, 0)]
    public void Reports_syntax_errors_like_graphql_js(string source, string? message, int line, int column)
    {
        var error = Record.Exception(() => Parser.Parse(source));

        if (message is null)
        {
            Assert.Null(error);
            return;
        }

        var syntaxError = Assert.IsType<GraphQLError>(error);
        Assert.Equal(message, syntaxError.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(syntaxError.Locations));
    }
}
