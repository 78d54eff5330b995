using System.Text;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>A schema as SDL, exactly as graphql-js <c>printSchema</c> and <c>printIntrospectionSchema</c> print it.</summary>
public static partial class SchemaPrinter
{
    private static readonly HashSet<string> IntrospectionTypeNames = new(StringComparer.Ordinal)
    {
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    };

    private static readonly HashSet<string> SpecifiedScalarNames = new(StringComparer.Ordinal)
    {
        "String", "Int", "Float", "Boolean", "ID",
    };

    /// <summary>Everything the schema defines beyond the specified directives, built-in scalars and introspection types.</summary>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(schema, d => !SpecifiedDirectives.IsSpecified(d), t => !SpecifiedScalarNames.Contains(t.Name) && !IntrospectionTypeNames.Contains(t.Name));
    }

    /// <summary>Only the specified directives and the introspection types.</summary>
    public static string PrintIntrospectionSchema(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(schema, SpecifiedDirectives.IsSpecified, t => IntrospectionTypeNames.Contains(t.Name));
    }

    /// <summary>One named type as SDL (graphql-js <c>printType</c>).</summary>
    public static string PrintType(NamedType type)
    {
        var text = new StringBuilder();
        WriteType(text, type);
        return text.ToString();
    }

    /// <summary>One directive definition as SDL (graphql-js <c>printDirective</c>).</summary>
    public static string PrintDirective(DirectiveDefinition directive)
    {
        var text = new StringBuilder();
        WriteDirective(text, directive);
        return text.ToString();
    }

    private static string PrintFiltered(Schema schema, Func<DirectiveDefinition, bool> directiveFilter, Func<NamedType, bool> typeFilter)
    {
        var text = new StringBuilder();
        WriteSchemaDefinition(text, schema);
        foreach (var directive in schema.Directives)
        {
            if (directiveFilter(directive))
            {
                Separate(text);
                WriteDirective(text, directive);
            }
        }

        foreach (var type in schema.TypeMap.Values)
        {
            if (typeFilter(type))
            {
                Separate(text);
                WriteType(text, type);
            }
        }

        return text.ToString();
    }

    private static void Separate(StringBuilder text)
    {
        if (text.Length > 0)
        {
            text.Append("\n\n");
        }
    }

    /// <summary>Omitted when there are no roots, or when they have the conventional names and the schema no description.</summary>
    private static void WriteSchemaDefinition(StringBuilder text, Schema schema)
    {
        var query = schema.QueryType;
        var mutation = schema.MutationType;
        var subscription = schema.SubscriptionType;
        if (query is null && mutation is null && subscription is null)
        {
            return;
        }

        if (schema.Description is null && HasConventionalRootNames(schema))
        {
            return;
        }

        WriteDescription(text, schema.Description);
        text.Append("schema {\n");
        if (query is not null)
        {
            text.Append("  query: ").Append(query.Name).Append('\n');
        }

        if (mutation is not null)
        {
            text.Append("  mutation: ").Append(mutation.Name).Append('\n');
        }

        if (subscription is not null)
        {
            text.Append("  subscription: ").Append(subscription.Name).Append('\n');
        }

        text.Append('}');
    }

    private static bool HasConventionalRootNames(Schema schema) =>
        ReferenceEquals(schema.QueryType, schema.GetType("Query")) &&
        ReferenceEquals(schema.MutationType, schema.GetType("Mutation")) &&
        ReferenceEquals(schema.SubscriptionType, schema.GetType("Subscription"));

    private static void WriteType(StringBuilder text, NamedType type)
    {
        WriteDescription(text, type.Description);
        switch (type)
        {
            case ScalarType scalar:
                text.Append("scalar ").Append(scalar.Name);
                if (scalar.SpecifiedByUrl is not null)
                {
                    text.Append(" @specifiedBy(url: ").Append(StringPrinter.Print(scalar.SpecifiedByUrl)).Append(')');
                }

                break;
            case ObjectType obj:
                text.Append("type ").Append(obj.Name);
                WriteInterfaces(text, obj.Interfaces);
                WriteFields(text, obj.Fields);
                break;
            case InterfaceType iface:
                text.Append("interface ").Append(iface.Name);
                WriteInterfaces(text, iface.Interfaces);
                WriteFields(text, iface.Fields);
                break;
            case UnionType union:
                text.Append("union ").Append(union.Name);
                for (var i = 0; i < union.Types.Count; i++)
                {
                    text.Append(i == 0 ? " = " : " | ").Append(union.Types[i].Name);
                }

                break;
            case EnumType enumType:
                text.Append("enum ").Append(enumType.Name);
                WriteEnumValues(text, enumType);
                break;
            case InputObjectType input:
                text.Append("input ").Append(input.Name);
                if (input.IsOneOf)
                {
                    text.Append(" @oneOf");
                }

                WriteInputFields(text, input);
                break;
            default:
                throw new ArgumentException($"Unexpected type: {type.Name}.", nameof(type));
        }
    }

    private static void WriteInterfaces(StringBuilder text, List<InterfaceType> interfaces)
    {
        for (var i = 0; i < interfaces.Count; i++)
        {
            text.Append(i == 0 ? " implements " : " & ").Append(interfaces[i].Name);
        }
    }

    private static void WriteDirective(StringBuilder text, DirectiveDefinition directive)
    {
        WriteDescription(text, directive.Description);
        text.Append("directive @").Append(directive.Name);
        WriteArguments(text, directive.Arguments, string.Empty);
        WriteDeprecated(text, directive.DeprecationReason);
        if (directive.IsRepeatable)
        {
            text.Append(" repeatable");
        }

        text.Append(" on ");
        for (var i = 0; i < directive.Locations.Count; i++)
        {
            if (i > 0)
            {
                text.Append(" | ");
            }

            text.Append(directive.Locations[i].ToString());
        }
    }
}
