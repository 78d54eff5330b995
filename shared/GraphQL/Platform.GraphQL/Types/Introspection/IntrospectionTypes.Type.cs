namespace Platform.GraphQL.Types;

public static partial class IntrospectionTypes
{
    private const string TypeKindScalar = "SCALAR";
    private const string TypeKindObject = "OBJECT";
    private const string TypeKindInterface = "INTERFACE";
    private const string TypeKindUnion = "UNION";
    private const string TypeKindEnum = "ENUM";
    private const string TypeKindInputObject = "INPUT_OBJECT";
    private const string TypeKindList = "LIST";
    private const string TypeKindNonNull = "NON_NULL";

    private static void DefineType()
    {
        Type.Description =
            "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.";

        AddField(Type, "kind", new NonNullType(TypeKind), context => KindOf(TypeOf(context.Source)));
        AddField(Type, "name", BuiltInScalars.String, context => (TypeOf(context.Source) as NamedType)?.Name);
        AddField(Type, "description", BuiltInScalars.String, context => (TypeOf(context.Source) as NamedType)?.Description);
        AddField(Type, "specifiedByURL", BuiltInScalars.String, context => (TypeOf(context.Source) as ScalarType)?.SpecifiedByUrl);
        AddField(
            Type,
            "fields",
            ListOfNonNull(Field),
            context => TypeOf(context.Source) is IComplexOutputType complex
                ? Fields(complex.Fields, IncludeDeprecated(context))
                : null);
        AddIncludeDeprecatedArgument(Type, "fields");
        AddField(
            Type,
            "interfaces",
            ListOfNonNull(Type),
            context => TypeOf(context.Source) is IComplexOutputType complex ? complex.Interfaces : null);
        AddField(
            Type,
            "possibleTypes",
            ListOfNonNull(Type),
            context => TypeOf(context.Source) is UnionType or InterfaceType
                ? context.Schema.GetPossibleTypes((NamedType)context.Source!)
                : null);
        AddField(
            Type,
            "enumValues",
            ListOfNonNull(EnumValue),
            context => TypeOf(context.Source) is EnumType enumType
                ? IncludeDeprecated(context) ? enumType.Values.Values : WithoutDeprecated(enumType.Values.Values, v => v.IsDeprecated)
                : null);
        AddIncludeDeprecatedArgument(Type, "enumValues");
        AddField(
            Type,
            "inputFields",
            ListOfNonNull(InputValue),
            context => TypeOf(context.Source) is InputObjectType inputObject
                ? Arguments(inputObject.Fields, IncludeDeprecated(context))
                : null);
        AddIncludeDeprecatedArgument(Type, "inputFields");
        AddField(Type, "ofType", Type, context => OfType(TypeOf(context.Source)));
        AddField(
            Type,
            "isOneOf",
            BuiltInScalars.Boolean,
            context => TypeOf(context.Source) is InputObjectType inputObject ? Box(inputObject.IsOneOf) : null);
    }

    private static void DefineTypeKind()
    {
        TypeKind.Description = "An enum describing what kind of type a given `__Type` is.";

        AddKind(TypeKindScalar, "Indicates this type is a scalar.");
        AddKind(TypeKindObject, "Indicates this type is an object. `fields` and `interfaces` are valid fields.");
        AddKind(TypeKindInterface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.");
        AddKind(TypeKindUnion, "Indicates this type is a union. `possibleTypes` is a valid field.");
        AddKind(TypeKindEnum, "Indicates this type is an enum. `enumValues` is a valid field.");
        AddKind(TypeKindInputObject, "Indicates this type is an input object. `inputFields` is a valid field.");
        AddKind(TypeKindList, "Indicates this type is a list. `ofType` is a valid field.");
        AddKind(TypeKindNonNull, "Indicates this type is a non-null. `ofType` is a valid field.");

        static void AddKind(string name, string description) =>
            TypeKind.Values.Add(name, new EnumValueDefinition(name) { Description = description });
    }

    /// <summary>The <c>__TypeKind</c> value (its name, which is also its internal value) of a type.</summary>
    public static string KindOf(GraphQLType type) => type switch
    {
        ScalarType => TypeKindScalar,
        ObjectType => TypeKindObject,
        InterfaceType => TypeKindInterface,
        UnionType => TypeKindUnion,
        EnumType => TypeKindEnum,
        InputObjectType => TypeKindInputObject,
        ListType => TypeKindList,
        NonNullType => TypeKindNonNull,
        _ => throw new InvalidOperationException($"Unexpected type: \"{type}\"."),
    };

    private static GraphQLType TypeOf(object? source) => (GraphQLType)source!;

    private static GraphQLType? OfType(GraphQLType type) => type switch
    {
        ListType list => list.OfType,
        NonNullType nonNull => nonNull.OfType,
        _ => null,
    };

    private static IReadOnlyList<FieldDefinition> Fields(OrderedDictionary<string, FieldDefinition> fields, bool includeDeprecated) =>
        includeDeprecated ? fields.Values : WithoutDeprecated(fields.Values, f => f.IsDeprecated);
}
