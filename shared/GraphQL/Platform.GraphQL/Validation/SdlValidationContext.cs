using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>The context of the SDL rules (graphql-js <c>SDLValidationContext</c>).</summary>
public sealed class SdlValidationContext : ValidationContextBase
{
    public SdlValidationContext(DocumentNode document, Schema? schema, Action<GraphQLError> onError)
        : base(document, onError) => Schema = schema;

    /// <summary>The schema the document extends; null when the document defines a schema of its own.</summary>
    public Schema? Schema { get; }
}
