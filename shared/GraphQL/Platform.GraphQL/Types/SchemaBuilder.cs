using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>A schema that could not be built; the message is graphql-js's.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException(IReadOnlyList<GraphQLError> errors)
        : base(string.Join("\n\n", errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    public SchemaException(string message)
        : base(message)
    {
        Errors = [new GraphQLError(message)];
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}

/// <summary>STUB — replaced by the Types work. graphql-js <c>buildSchema</c>/<c>buildASTSchema</c>.</summary>
public static class SchemaBuilder
{
    public static Schema Build(string sdl) => throw new NotImplementedException();

    public static Schema Build(DocumentNode document) => throw new NotImplementedException();
}
