using Location = Platform.GraphQL.Types.DirectiveLocation;

namespace Platform.GraphQL.Types;

public static partial class IntrospectionTypes
{
    private static void DefineDirective()
    {
        Directive.Description =
            "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.";

        AddField(Directive, "name", new NonNullType(BuiltInScalars.String), context => DirectiveOf(context.Source).Name);
        AddField(Directive, "description", BuiltInScalars.String, context => DirectiveOf(context.Source).Description);
        AddField(Directive, "isRepeatable", new NonNullType(BuiltInScalars.Boolean), context => Box(DirectiveOf(context.Source).IsRepeatable));
        AddField(Directive, "locations", NonNullListOfNonNull(DirectiveLocation), context => DirectiveOf(context.Source).Locations);
        AddField(
            Directive,
            "args",
            NonNullListOfNonNull(InputValue),
            context => Arguments(DirectiveOf(context.Source).Arguments, IncludeDeprecated(context)));
        AddIncludeDeprecatedArgument(Directive, "args");
        AddField(Directive, "isDeprecated", new NonNullType(BuiltInScalars.Boolean), context => Box(DirectiveOf(context.Source).IsDeprecated));
        AddField(Directive, "deprecationReason", BuiltInScalars.String, context => DirectiveOf(context.Source).DeprecationReason);
    }

    private static void DefineDirectiveLocation()
    {
        DirectiveLocation.Description =
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.";

        AddLocation(Location.QUERY, "Location adjacent to a query operation.");
        AddLocation(Location.MUTATION, "Location adjacent to a mutation operation.");
        AddLocation(Location.SUBSCRIPTION, "Location adjacent to a subscription operation.");
        AddLocation(Location.FIELD, "Location adjacent to a field.");
        AddLocation(Location.FRAGMENT_DEFINITION, "Location adjacent to a fragment definition.");
        AddLocation(Location.FRAGMENT_SPREAD, "Location adjacent to a fragment spread.");
        AddLocation(Location.INLINE_FRAGMENT, "Location adjacent to an inline fragment.");
        AddLocation(Location.VARIABLE_DEFINITION, "Location adjacent to an operation variable definition.");
        AddLocation(Location.FRAGMENT_VARIABLE_DEFINITION, "Location adjacent to a fragment variable definition.");
        AddLocation(Location.SCHEMA, "Location adjacent to a schema definition.");
        AddLocation(Location.SCALAR, "Location adjacent to a scalar definition.");
        AddLocation(Location.OBJECT, "Location adjacent to an object type definition.");
        AddLocation(Location.FIELD_DEFINITION, "Location adjacent to a field definition.");
        AddLocation(Location.ARGUMENT_DEFINITION, "Location adjacent to an argument definition.");
        AddLocation(Location.INTERFACE, "Location adjacent to an interface definition.");
        AddLocation(Location.UNION, "Location adjacent to a union definition.");
        AddLocation(Location.ENUM, "Location adjacent to an enum definition.");
        AddLocation(Location.ENUM_VALUE, "Location adjacent to an enum value definition.");
        AddLocation(Location.INPUT_OBJECT, "Location adjacent to an input object type definition.");
        AddLocation(Location.INPUT_FIELD_DEFINITION, "Location adjacent to an input object field definition.");
        AddLocation(Location.DIRECTIVE_DEFINITION, "Location adjacent to a directive definition.");

        // The internal value of each __DirectiveLocation is the model's enum member, so a directive's
        // Locations list is returned as is and serialized by value.
        static void AddLocation(Location location, string description)
        {
            var name = location.ToString();
            DirectiveLocation.Values.Add(name, new EnumValueDefinition(name, location) { Description = description });
        }
    }

    private static DirectiveDefinition DirectiveOf(object? source) => (DirectiveDefinition)source!;

    private static IReadOnlyList<InputValueDefinition> Arguments(
        OrderedDictionary<string, InputValueDefinition> arguments, bool includeDeprecated) =>
        includeDeprecated ? arguments.Values : WithoutDeprecated(arguments.Values, a => a.IsDeprecated);
}
