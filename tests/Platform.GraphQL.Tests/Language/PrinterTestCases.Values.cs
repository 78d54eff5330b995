namespace Platform.GraphQL.Tests.Language;

/// <summary>Values, type references and strings (expected output generated with graphql-js 17.1.0 <c>print</c>; not hand-written).</summary>
internal static partial class PrinterTestCases
{
    public static readonly Dictionary<string, (string Source, string Expected)> Values = new()
    {
        ["int"] = ("123", "123"),
        ["nested list and object"] = ("[{ a: [1, 2, { b: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" }] }, null]", """
            [
              {
                a: [
                  1
                  2
                  { b: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" }
                ]
              }
              null
            ]
            """),
        ["variable"] = ("$var", "$var"),
    };

    public static readonly Dictionary<string, string> Types = new()
    {
        ["[Int!]!"] = "[Int!]!",
        ["String"] = "String",
        ["[[ID]!]"] = "[[ID]!]",
    };

    public static readonly Dictionary<string, string> BlockStrings = new()
    {
        [""] = "\"\"\"\"\"\"",
        ["simple"] = "\"\"\"simple\"\"\"",
        [" leading space"] = "\"\"\" leading space\"\"\"",
        ["\tleading tab"] = "\"\"\"\tleading tab\"\"\"",
        ["trailing space "] = "\"\"\"trailing space \"\"\"",
        ["ends with quote\""] = """"
            """
            ends with quote"
            """
            """",
        ["ends with backslash\\"] = """"
            """
            ends with backslash\
            """
            """",
        ["has \"\"\" triple"] = "\"\"\"has \\\"\"\" triple\"\"\"",
        ["ends with \"\"\""] = """"
            """
            ends with \"""
            """
            """",
        ["ends with \"\"\"\""] = """""
            """
            ends with \""""
            """
            """"",
        ["ends with \\\"\"\""] = """"
            """
            ends with \\"""
            """
            """",
        ["first\n  indented second"] = """"
            """
            first
              indented second
            """
            """",
        ["first\n\n  third"] = """"
            """
            first

              third
            """
            """",
        ["a\r\nb"] = "\"\"\"\na\r\nb\n\"\"\"",
        ["a\rb"] = "\"\"\"\na\rb\n\"\"\"",
        ["\nleading newline"] = """"
            """

            leading newline
            """
            """",
        ["trailing newline\n"] = """"
            """
            trailing newline

            """
            """",
        ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"] = "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"",
        ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"] = """"
            """
            xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            """
            """",
        ["multi\nline\nvalue"] = """"
            """
            multi
            line
            value
            """
            """",
        ["  indented first\nsecond"] = """"
            """
              indented first
            second
            """
            """",
        ["a\n "] = "\"\"\"\na\n \n\"\"\"",
        ["\"\"\"\"\"\""] = """"
            """
            \"""\"""
            """
            """",
        ["\"quoted\""] = """"
            """
            "quoted"
            """
            """",
    };

    public static readonly Dictionary<string, string> QuotedStrings = new()
    {
        [""] = "\"\"",
        ["simple"] = "\"simple\"",
        [" leading space"] = "\" leading space\"",
        ["\tleading tab"] = "\"\\tleading tab\"",
        ["trailing space "] = "\"trailing space \"",
        ["ends with quote\""] = "\"ends with quote\\\"\"",
        ["ends with backslash\\"] = "\"ends with backslash\\\\\"",
        ["has \"\"\" triple"] = "\"has \\\"\\\"\\\" triple\"",
        ["ends with \"\"\""] = "\"ends with \\\"\\\"\\\"\"",
        ["ends with \"\"\"\""] = "\"ends with \\\"\\\"\\\"\\\"\"",
        ["ends with \\\"\"\""] = "\"ends with \\\\\\\"\\\"\\\"\"",
        ["first\n  indented second"] = "\"first\\n  indented second\"",
        ["first\n\n  third"] = "\"first\\n\\n  third\"",
        ["a\r\nb"] = "\"a\\r\\nb\"",
        ["a\rb"] = "\"a\\rb\"",
        ["\nleading newline"] = "\"\\nleading newline\"",
        ["trailing newline\n"] = "\"trailing newline\\n\"",
        ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"] = "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
        ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"] = "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
        ["multi\nline\nvalue"] = "\"multi\\nline\\nvalue\"",
        ["  indented first\nsecond"] = "\"  indented first\\nsecond\"",
        ["a\n "] = "\"a\\n \"",
        ["\"\"\"\"\"\""] = "\"\\\"\\\"\\\"\\\"\\\"\\\"\"",
        ["\"quoted\""] = "\"\\\"quoted\\\"\"",
    };
}
