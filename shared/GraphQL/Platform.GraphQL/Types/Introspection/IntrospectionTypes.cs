using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Types;

/// <summary>
/// The introspection types and meta fields of graphql-js 17 (spec §4.2), with its descriptions, field order,
/// arguments and resolvers. Resolvers read the schema model directly: a <c>__Type</c> is a
/// <see cref="GraphQLType"/>, a <c>__Field</c> a <see cref="FieldDefinition"/>, and so on.
/// </summary>
/// <remarks>
/// The types reference each other in cycles, so every instance is created empty first and its fields are added
/// in the static constructor, which runs after all field initializers of this (single-file) declaration.
/// </remarks>
public static partial class IntrospectionTypes
{
    public static readonly ObjectType Schema = new("__Schema");

    public static readonly ObjectType Directive = new("__Directive");

    public static readonly EnumType DirectiveLocation = new("__DirectiveLocation");

    public static readonly ObjectType Type = new("__Type");

    public static readonly ObjectType Field = new("__Field");

    public static readonly ObjectType InputValue = new("__InputValue");

    public static readonly ObjectType EnumValue = new("__EnumValue");

    public static readonly EnumType TypeKind = new("__TypeKind");

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public static readonly FieldDefinition SchemaMetaField;

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public static readonly FieldDefinition TypeMetaField;

    /// <summary><c>__typename: String!</c>, available on every object, interface and union.</summary>
    public static readonly FieldDefinition TypeNameMetaField;

    private static readonly object True = true;

    private static readonly object False = false;

    static IntrospectionTypes()
    {
        DefineSchema();
        DefineDirective();
        DefineDirectiveLocation();
        DefineType();
        DefineField();
        DefineInputValue();
        DefineEnumValue();
        DefineTypeKind();

        SchemaMetaField = NewField(
            "__schema",
            new NonNullType(Schema),
            "Access the current type schema of this server.",
            context => context.Schema);

        TypeMetaField = NewField(
            "__type",
            Type,
            "Request the type information of a single type.",
            context => context.Arguments.TryGetValue("name", out var name) && name is string typeName
                ? context.Schema.GetType(typeName)
                : null);
        TypeMetaField.Arguments.Add("name", new InputValueDefinition("name", new NonNullType(BuiltInScalars.String)));

        TypeNameMetaField = NewField(
            "__typename",
            new NonNullType(BuiltInScalars.String),
            "The name of the current Object type at runtime.",
            context => context.ParentType.Name);

        All = [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];
    }

    /// <summary>The eight introspection types, in graphql-js's <c>introspectionTypes</c> order.</summary>
    public static IReadOnlyList<NamedType> All { get; }

    /// <summary>True when the type is named like one of the introspection types (graphql-js compares names).</summary>
    public static bool IsIntrospectionType(NamedType type)
    {
        foreach (var introspectionType in All)
        {
            if (introspectionType.Name == type.Name)
            {
                return true;
            }
        }

        return false;
    }

    private static FieldDefinition NewField(string name, GraphQLType type, string? description, FieldResolver resolver) =>
        new(name, type) { Description = description, Resolver = resolver };

    private static void AddField(ObjectType owner, string name, GraphQLType type, FieldResolver resolver, string? description = null) =>
        owner.Fields.Add(name, NewField(name, type, description, resolver));

    /// <summary>Adds <c>includeDeprecated: Boolean! = false</c> to a field.</summary>
    private static void AddIncludeDeprecatedArgument(ObjectType owner, string fieldName) =>
        owner.Fields[fieldName].Arguments.Add(
            "includeDeprecated",
            new InputValueDefinition("includeDeprecated", new NonNullType(BuiltInScalars.Boolean))
            {
                DefaultValue = false,
                HasDefaultValue = true,
            });

    private static bool IncludeDeprecated(IResolveFieldContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static object Box(bool value) => value ? True : False;

    private static GraphQLType NonNullListOfNonNull(GraphQLType itemType) =>
        new NonNullType(new ListType(new NonNullType(itemType)));

    private static GraphQLType ListOfNonNull(GraphQLType itemType) => new ListType(new NonNullType(itemType));

    /// <summary>The items of <paramref name="items"/> that are not deprecated; the list itself when none is.</summary>
    private static IReadOnlyList<T> WithoutDeprecated<T>(IReadOnlyList<T> items, Func<T, bool> isDeprecated)
    {
        var count = items.Count;
        for (var i = 0; i < count; i++)
        {
            if (!isDeprecated(items[i]))
            {
                continue;
            }

            var kept = new List<T>(count - 1);
            for (var j = 0; j < count; j++)
            {
                if (j < i || (j > i && !isDeprecated(items[j])))
                {
                    kept.Add(items[j]);
                }
            }

            return kept;
        }

        return items;
    }
}
