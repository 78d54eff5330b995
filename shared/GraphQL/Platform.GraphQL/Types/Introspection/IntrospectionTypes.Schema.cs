namespace Platform.GraphQL.Types;

public static partial class IntrospectionTypes
{
    private static void DefineSchema()
    {
        Schema.Description =
            "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.";

        AddField(Schema, "description", BuiltInScalars.String, context => SchemaOf(context.Source).Description);
        AddField(
            Schema,
            "types",
            NonNullListOfNonNull(Type),
            context => SchemaOf(context.Source).TypeMap.Values,
            "A list of all types supported by this server.");
        AddField(
            Schema,
            "queryType",
            new NonNullType(Type),
            context => SchemaOf(context.Source).QueryType,
            "The type that query operations will be rooted at.");
        AddField(
            Schema,
            "mutationType",
            Type,
            context => SchemaOf(context.Source).MutationType,
            "If this server supports mutation, the type that mutation operations will be rooted at.");
        AddField(
            Schema,
            "subscriptionType",
            Type,
            context => SchemaOf(context.Source).SubscriptionType,
            "If this server support subscription, the type that subscription operations will be rooted at.");
        AddField(
            Schema,
            "directives",
            NonNullListOfNonNull(Directive),
            context =>
            {
                var directives = SchemaOf(context.Source).Directives;
                return IncludeDeprecated(context) ? directives : WithoutDeprecated(directives, d => d.IsDeprecated);
            },
            "A list of all directives supported by this server.");
        AddIncludeDeprecatedArgument(Schema, "directives");
    }

    private static Schema SchemaOf(object? source) => (Schema)source!;
}
