using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

public static partial class IntrospectionTypes
{
    private static void DefineField()
    {
        Field.Description =
            "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.";

        AddField(Field, "name", new NonNullType(BuiltInScalars.String), context => FieldOf(context.Source).Name);
        AddField(Field, "description", BuiltInScalars.String, context => FieldOf(context.Source).Description);
        AddField(
            Field,
            "args",
            NonNullListOfNonNull(InputValue),
            context => Arguments(FieldOf(context.Source).Arguments, IncludeDeprecated(context)));
        AddIncludeDeprecatedArgument(Field, "args");
        AddField(Field, "type", new NonNullType(Type), context => FieldOf(context.Source).Type);
        AddField(Field, "isDeprecated", new NonNullType(BuiltInScalars.Boolean), context => Box(FieldOf(context.Source).IsDeprecated));
        AddField(Field, "deprecationReason", BuiltInScalars.String, context => FieldOf(context.Source).DeprecationReason);
    }

    private static void DefineInputValue()
    {
        InputValue.Description =
            "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.";

        AddField(InputValue, "name", new NonNullType(BuiltInScalars.String), context => InputValueOf(context.Source).Name);
        AddField(InputValue, "description", BuiltInScalars.String, context => InputValueOf(context.Source).Description);
        AddField(InputValue, "type", new NonNullType(Type), context => InputValueOf(context.Source).Type);
        AddField(
            InputValue,
            "defaultValue",
            BuiltInScalars.String,
            context => DefaultValueLiterals.Get(InputValueOf(context.Source)) is { } literal ? Printer.Print(literal) : null,
            "A GraphQL-formatted string representing the default value for this input value.");
        AddField(InputValue, "isDeprecated", new NonNullType(BuiltInScalars.Boolean), context => Box(InputValueOf(context.Source).IsDeprecated));
        AddField(InputValue, "deprecationReason", BuiltInScalars.String, context => InputValueOf(context.Source).DeprecationReason);
    }

    private static void DefineEnumValue()
    {
        EnumValue.Description =
            "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.";

        AddField(EnumValue, "name", new NonNullType(BuiltInScalars.String), context => EnumValueOf(context.Source).Name);
        AddField(EnumValue, "description", BuiltInScalars.String, context => EnumValueOf(context.Source).Description);
        AddField(EnumValue, "isDeprecated", new NonNullType(BuiltInScalars.Boolean), context => Box(EnumValueOf(context.Source).IsDeprecated));
        AddField(EnumValue, "deprecationReason", BuiltInScalars.String, context => EnumValueOf(context.Source).DeprecationReason);
    }

    private static FieldDefinition FieldOf(object? source) => (FieldDefinition)source!;

    private static InputValueDefinition InputValueOf(object? source) => (InputValueDefinition)source!;

    private static EnumValueDefinition EnumValueOf(object? source) => (EnumValueDefinition)source!;
}
