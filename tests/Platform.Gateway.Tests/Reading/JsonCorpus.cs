using System.Globalization;
using System.Text;

namespace Platform.Gateway.Tests.Reading;

/// <summary>Bodies a module might send, well-formed or not, for comparing the gateway's reader with JsonDocument.</summary>
internal static class JsonCorpus
{
    private static readonly string[] Texts =
    [
        "{}", "[]", "null", "true", "false", "0", "\"\"", " {\"a\" : [ ] , \"b\" : { } } \r\n\t",
        "{\"data\":{\"me\":{\"__typename\":\"User\",\"id\":\"1\",\"name\":\"Ada\"}}}",
        "{\"a\":1,\"b\":2,\"a\":3}", "{\"a\":1,\"b\":2,\"c\":3,\"b\":4,\"d\":5,\"a\":6}", "{\"a\":{\"x\":1},\"a\":[1]}",
        "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\u0041\\u00e9\\u4e2d\\ud83d\\ude00\"", "{\"\\u0061\":1,\"a\":2}", "{\"na\\nme\":true}",
        "\"中文 ünïcödé 😀\"", "{\"名字\":\"值\",\"😀\":\"\\ud83d\\ude00\"}", "{\"__typename\":\"Us\\u0065r\"}", "{\"__typename\":7}",
        "2147483647", "-2147483648", "2147483648", "-2147483649", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "-9223372036854775809", "9007199254740991", "9007199254740993", "18446744073709551616",
        "123456789012345678901234567890", "1.0", "-1.0", "1.5", "-0", "-0.0", "0.0", "1e2", "1E2", "1e+2", "-1e-2", "1.0e0",
        "2.5e9", "4e9", "1e15", "1e16", "1e20", "1e308", "1e309", "-1e309", "1e-400", "5e-324", "0.1", "3.141592653589793",
        "1.7976931348623157e308", "2147483647.0", "2147483648.0", "-2147483648.5", "9007199254740992.0",
        "-2147483648.0", "-2147483649.0", "2147483647e0", "9007199254740991.0", "-9007199254740991e0", "9.007199254740991e15",
        "-9007199254740992.0", "1e10", "-1e15", "12345678901234567890e-10", "0e0", "-0e5", "1.00000000000000000001",
        "[[],[[]],[{}],[[1,[2,[3]]]]]", "[1,\"a\",null,true,false,{\"k\":[]},[0.5]]",
        "{\"data\":{\"a\":1},\"errors\":[{\"message\":\"m\",\"path\":[\"a\",0,1.0,2.5,\"b\"],\"extensions\":{\"code\":\"X\"}}]}",
        // Not JSON.
        "", "   ", "{", "}", "[1,]", "{\"a\":1,}", "{'a':1}", "{a:1}", "[1 2]", "01", "1.", ".5", "+1", "-", "1e", "NaN",
        "Infinity", "tru", "nul", "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"",
        "{\"\\ud800\":1}", "\"tab\there\"", "{} {}", "{} x", "[] ]", "1 2", "/* c */ {}", "{} // c", "<html>not json</html>",
    ];

    /// <summary>Every case as UTF-8 bytes, named for the test output.</summary>
    public static IEnumerable<(string Name, byte[] Utf8)> All()
    {
        foreach (var text in Texts)
        {
            yield return (text, Encoding.UTF8.GetBytes(text));
        }

        foreach (var depth in new[] { 1, 63, 64, 65, 200 })
        {
            yield return ($"arrays nested {depth} deep", Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)));
            var objects = string.Concat(Enumerable.Repeat("{\"a\":", depth - 1)) + "1" + new string('}', depth - 1);
            yield return ($"objects nested {depth} deep", Encoding.UTF8.GetBytes(objects));
        }

        yield return ("BOM before an object", [0xEF, 0xBB, 0xBF, .. "{\"a\":1}"u8]);
        yield return ("two BOMs", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. "1"u8]);
        yield return ("invalid UTF-8 in a string", [.. "\"a"u8, 0xFF, .. "b\""u8]);
        yield return ("invalid UTF-8 in a name", [.. "{\"a"u8, 0xC3, .. "\":1}"u8]);
        yield return ("overlong UTF-8 in a string", [.. "\""u8, 0xC0, 0xAF, .. "\""u8]);
        yield return ("NUL inside a string", "\"a\0b\""u8.ToArray());
        yield return ("a name longer than the cache takes", Encoding.UTF8.GetBytes($"{{\"{new string('n', 100)}\":1}}"));

        var random = new Random(20261123);
        for (var i = 0; i < 300; i++)
        {
            var builder = new StringBuilder();
            RandomJson.Write(builder, random, depth: 0);
            yield return ($"random #{i}", Encoding.UTF8.GetBytes(builder.ToString()));
        }
    }

    /// <summary>Random documents from a fixed seed: names that repeat, escapes, unicode, numbers of every kind.</summary>
    private static class RandomJson
    {
        private static readonly string[] Names = ["id", "__typename", "name", "a", "b", "price", "名前", "\\u0069d", "x\\ty"];
        private static readonly string[] Strings = ["", "Ada", "é", "😀", "\\ud83d\\ude00", "\\n", "\\\"q\\\"", "中文", "\\u0000", "Product"];
        private static readonly string[] Numbers = ["0", "-0", "7", "-12", "2147483647", "2147483648", "-2147483649", "1.0", "1.25",
            "6.02e23", "1e2", "-1E-3", "9007199254740993", "99999999999999999999", "1e400"];

        public static void Write(StringBuilder builder, Random random, int depth)
        {
            switch (depth > 5 ? random.Next(4) : random.Next(7))
            {
                case 0:
                    builder.Append(Numbers[random.Next(Numbers.Length)]);
                    break;
                case 1:
                    builder.Append('"').Append(Strings[random.Next(Strings.Length)]).Append('"');
                    break;
                case 2:
                    builder.Append(random.Next(3) switch { 0 => "true", 1 => "false", _ => "null" });
                    break;
                case 3:
                    builder.Append(random.NextDouble().ToString("R", CultureInfo.InvariantCulture));
                    break;
                case 4:
                    builder.Append('[');
                    for (var i = random.Next(5); i > 0; i--)
                    {
                        Write(builder, random, depth + 1);
                        builder.Append(i > 1 ? "," : "");
                    }

                    builder.Append(']');
                    break;
                default:
                    builder.Append('{');
                    for (var i = random.Next(6); i > 0; i--)
                    {
                        builder.Append('"').Append(Names[random.Next(Names.Length)]).Append("\":");
                        Write(builder, random, depth + 1);
                        builder.Append(i > 1 ? "," : "");
                    }

                    builder.Append('}');
                    break;
            }
        }
    }
}
