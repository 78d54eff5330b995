using System.Text;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

/// <summary>The printer against graphql-js 17.1.0 <c>print</c> (expected values in <see cref="PrinterTestCases"/>).</summary>
public class PrinterTests
{
    public static TheoryData<string> DocumentNames => new(PrinterTestCases.Documents.Keys);

    public static TheoryData<string> ValueNames => new(PrinterTestCases.Values.Keys);

    public static TheoryData<string> TypeSources => new(PrinterTestCases.Types.Keys);

    public static TheoryData<string> StringValues => new(PrinterTestCases.BlockStrings.Keys);

    [Theory]
    [MemberData(nameof(DocumentNames))]
    public void Prints_documents_as_graphql_js_does(string name)
    {
        var (source, expected) = PrinterTestCases.Documents[name];

        Assert.Equal(expected, Printer.Print(Parser.Parse(source)));
    }

    [Theory]
    [MemberData(nameof(DocumentNames))]
    public void Printed_documents_parse_back_to_the_same_text(string name)
    {
        var expected = PrinterTestCases.Documents[name].Expected;

        Assert.Equal(expected, Printer.Print(Parser.Parse(expected)));
    }

    [Theory]
    [MemberData(nameof(ValueNames))]
    public void Prints_values_as_graphql_js_does(string name)
    {
        var (source, expected) = PrinterTestCases.Values[name];

        Assert.Equal(expected, Printer.Print(Parser.ParseValue(source)));
    }

    [Theory]
    [MemberData(nameof(TypeSources))]
    public void Prints_type_references_as_graphql_js_does(string source)
    {
        Assert.Equal(PrinterTestCases.Types[source], Printer.Print(Parser.ParseType(source)));
    }

    [Theory]
    [MemberData(nameof(StringValues))]
    public void Prints_block_strings_as_graphql_js_does(string value)
    {
        var expected = PrinterTestCases.BlockStrings[value];

        Assert.Equal(expected, Printer.Print(new StringValueNode(value, block: true)));
        Assert.Equal(expected, BlockString.Print(value));
    }

    [Theory]
    [MemberData(nameof(StringValues))]
    public void Prints_quoted_strings_as_graphql_js_does(string value)
    {
        Assert.Equal(PrinterTestCases.QuotedStrings[value], Printer.Print(new StringValueNode(value)));
    }

    [Fact]
    public void Escapes_every_control_character_as_graphql_js_does()
    {
        var value = new StringBuilder();
        for (var c = 0; c < 0xA0; c++)
        {
            value.Append((char)c);
        }

        const string expected = "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000B\\f\\r\\u000E\\u000F" +
            "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001A\\u001B\\u001C\\u001D\\u001E\\u001F" +
            " !\\\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`abcdefghijklmnopqrstuvwxyz{|}~" +
            "\\u007F\\u0080\\u0081\\u0082\\u0083\\u0084\\u0085\\u0086\\u0087\\u0088\\u0089\\u008A\\u008B\\u008C\\u008D\\u008E\\u008F" +
            "\\u0090\\u0091\\u0092\\u0093\\u0094\\u0095\\u0096\\u0097\\u0098\\u0099\\u009A\\u009B\\u009C\\u009D\\u009E\\u009F\"";
        Assert.Equal(expected, Printer.Print(new StringValueNode(value.ToString())));
    }

    [Fact]
    public void Prints_a_selection_on_its_own()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ a: b(c: 1) @d { e } }").Definitions[0];

        Assert.Equal("a: b(c: 1) @d {\n  e\n}", Printer.Print(operation.SelectionSet.Selections[0]));
    }

    [Fact]
    public void Prints_nodes_built_in_code()
    {
        var field = new FieldNode
        {
            Name = new NameNode("f"),
            Arguments = [new ArgumentNode(new NameNode("s"), new StringValueNode("x\ny", block: true))],
            Directives = [],
        };
        var document = new DocumentNode(
        [
            new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                VariableDefinitions = [],
                Directives = [],
                SelectionSet = new SelectionSetNode([field]),
            },
        ]);

        Assert.Equal("{\n  f(s: \"\"\"\n  x\n  y\n  \"\"\")\n}", Printer.Print(document));
    }

    [Fact]
    public void Appends_to_a_given_builder()
    {
        var text = new StringBuilder("prefix:");

        Printer.Print(Parser.ParseType("[A!]"), text);

        Assert.Equal("prefix:[A!]", text.ToString());
    }
}
