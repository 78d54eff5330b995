using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

/// <summary>One line per user-defined type, in the same notation as the graphql-js script that made the expected values.</summary>
internal static class SchemaDescription
{
    private static readonly HashSet<string> Builtins = ["String", "Int", "Float", "Boolean", "ID"];

    public static string[] Describe(Schema schema)
    {
        var lines = new List<string>();
        foreach (var type in schema.TypeMap.Values)
        {
            if (type.IsIntrospectionType || Builtins.Contains(type.Name))
            {
                continue;
            }

            var line = type.Name + type switch
            {
                IComplexOutputType complex =>
                    $" impl[{string.Join(",", complex.Interfaces.Select(i => i.Name))}] fields[{string.Join(",", complex.Fields.Values.Select(Field))}]",
                UnionType union => $" members[{string.Join(",", union.Types.Select(t => t.Name))}]",
                EnumType enumType => $" values[{string.Join(",", enumType.Values.Values.Select(v => v.Name + Deprecation(v.DeprecationReason)))}]",
                InputObjectType input =>
                    $" oneOf={(input.IsOneOf ? "true" : "false")} fields[{string.Join(",", input.Fields.Values.Select(f => $"{f.Name}:{f.Type}"))}]",
                ScalarType scalar => $" url={scalar.SpecifiedByUrl}",
                _ => "",
            };
            lines.Add($"{line} ext={type.ExtensionAstNodes.Count}");
        }

        return [.. lines];
    }

    private static string Field(FieldDefinition field)
    {
        var text = $"{field.Name}:{field.Type}{Deprecation(field.DeprecationReason)}";
        if (field.Arguments.Count > 0)
        {
            text += "(" + string.Join(",", field.Arguments.Values.Select(a => $"{a.Name}:{a.Type}{Deprecation(a.DeprecationReason)}")) + ")";
        }

        return text;
    }

    private static string Deprecation(string? reason) => reason is null ? "" : $"@d({reason})";
}
