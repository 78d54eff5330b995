namespace Platform.GraphQL.Types;

/// <summary>STUB — replaced by the Types work. The introspection types and meta fields (spec §4.2).</summary>
public static class IntrospectionTypes
{
    public static readonly ObjectType Schema = new("__Schema");

    public static readonly FieldDefinition SchemaMetaField = new("__schema", new NonNullType(Schema));

    public static readonly FieldDefinition TypeMetaField = new("__type", new ObjectType("__Type"));

    public static readonly FieldDefinition TypeNameMetaField = new("__typename", new NonNullType(BuiltInScalars.String));
}
