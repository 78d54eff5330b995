using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation.Tests.Composition;

/// <summary>
/// A schema as one line per named type (kind, description, members sorted by name with their types, arguments, defaults
/// and deprecations), so two schemas can be compared regardless of the order their printers use.
/// </summary>
internal static class ApiSchemaShape
{
    public static SortedDictionary<string, string> Of(Schema schema)
    {
        var shape = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in schema.TypeMap.Values.Where(t => !t.IsIntrospectionType && !IsBuiltInScalar(t.Name)))
        {
            shape[type.Name] = Describe(type);
        }

        return shape;
    }

    private static bool IsBuiltInScalar(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    private static string Describe(NamedType type)
    {
        var head = $"{Quote(type.Description)}";
        return type switch
        {
            ObjectType o => $"{head}type {Interfaces(o.Interfaces)}{{ {Fields(o.Fields.Values)} }}",
            InterfaceType i => $"{head}interface {Interfaces(i.Interfaces)}{{ {Fields(i.Fields.Values)} }}",
            UnionType u => $"{head}union = {string.Join(" | ", u.Types.Select(t => t.Name).Order(StringComparer.Ordinal))}",
            EnumType e => $"{head}enum {{ {string.Join(" ", e.Values.Values.OrderBy(v => v.Name, StringComparer.Ordinal).Select(v => v.Name + Deprecated(v.DeprecationReason)))} }}",
            InputObjectType input => $"{head}input {{ {InputValues(input.Fields.Values)} }}",
            _ => $"{head}scalar",
        };
    }

    private static string Interfaces(IEnumerable<InterfaceType> interfaces)
    {
        var names = interfaces.Select(i => i.Name).Order(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? "" : $"implements {string.Join(" & ", names)} ";
    }

    private static string Fields(IEnumerable<FieldDefinition> fields) =>
        string.Join(" ", fields.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f =>
            $"{Quote(f.Description)}{f.Name}{(f.Arguments.Count == 0 ? "" : $"({InputValues(f.Arguments.Values)})")}: {f.Type}{Deprecated(f.DeprecationReason)}"));

    private static string InputValues(IEnumerable<InputValueDefinition> values) =>
        string.Join(", ", values.OrderBy(v => v.Name, StringComparer.Ordinal).Select(v =>
            $"{Quote(v.Description)}{v.Name}: {v.Type}{(v.DefaultValueLiteral is { } d ? " = " + Printer.Print(d) : "")}{Deprecated(v.DeprecationReason)}"));

    private static string Deprecated(string? reason) => reason is null ? "" : $" @deprecated({reason})";

    private static string Quote(string? description) => description is null ? "" : $"\"{description}\" ";
}
