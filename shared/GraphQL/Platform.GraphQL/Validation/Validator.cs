using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>STUB — replaced by the Validation work. graphql-js <c>validate</c> and <c>validateSDL</c>.</summary>
public static class Validator
{
    /// <summary>Every error of the executable document against the schema, with graphql-js 17's specified rules.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) => throw new NotImplementedException();

    /// <summary>The SDL rules over a type-system document (optionally extending a schema).</summary>
    public static IReadOnlyList<GraphQLError> ValidateSdl(DocumentNode document, Schema? schemaToExtend = null) => throw new NotImplementedException();
}
