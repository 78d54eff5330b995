using System.Text.Json;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

public class TmpQueryAllCombos
{
    [Fact]
    public void AllCombosMatchNode()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText("/tmp/introspection/queries.json"));
        var count = 0;
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            var o = item.GetProperty("options");
            bool B(string k, bool d) => o.TryGetProperty(k, out var v) ? v.GetBoolean() : d;
            var options = new IntrospectionQueryOptions(
                B("descriptions", true), B("specifiedByUrl", false), B("directiveIsRepeatable", false),
                B("schemaDescription", false), B("inputValueDeprecation", false), B("oneOf", false),
                B("experimentalDirectiveDeprecation", false),
                o.TryGetProperty("typeDepth", out var td) ? td.GetInt32() : 9);
            Assert.Equal(item.GetProperty("query").GetString(), IntrospectionQuery.Build(options));
            count++;
        }

        Assert.Equal(897, count);
    }
}
