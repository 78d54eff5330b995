using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>How graphql-js names schema elements in messages (their <c>toString</c>).</summary>
internal static class SchemaCoordinates
{
    /// <summary><c>Type.field</c>, or <c>&lt;meta&gt;.__typename</c> for the meta fields, which belong to no type.</summary>
    public static string Field(NamedType? parentType, FieldDefinition field) =>
        (IsMetaField(field) || parentType is null ? "<meta>" : parentType.Name) + "." + field.Name;

    /// <summary><c>Type.field(arg:)</c>.</summary>
    public static string FieldArgument(NamedType? parentType, FieldDefinition field, InputValueDefinition argument) =>
        Field(parentType, field) + "(" + argument.Name + ":)";

    public static bool IsMetaField(FieldDefinition field) =>
        ReferenceEquals(field, IntrospectionTypes.TypeNameMetaField)
        || ReferenceEquals(field, IntrospectionTypes.SchemaMetaField)
        || ReferenceEquals(field, IntrospectionTypes.TypeMetaField);

    /// <summary>A type reference as graphql-js prints it, e.g. <c>[Int!]!</c>.</summary>
    public static string PrintType(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + PrintType(list.Type) + "]",
        NonNullTypeNode nonNull => PrintType(nonNull.Type) + "!",
        _ => string.Empty,
    };
}
