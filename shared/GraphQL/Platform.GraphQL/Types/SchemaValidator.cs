namespace Platform.GraphQL.Types;

/// <summary>STUB — replaced by the Types work. graphql-js <c>validateSchema</c>: every error, none thrown.</summary>
public static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema) => throw new NotImplementedException();
}
