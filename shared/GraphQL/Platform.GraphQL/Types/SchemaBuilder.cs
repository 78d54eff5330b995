using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;

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

public sealed class SchemaBuilderOptions
{
    /// <summary>Skip the SDL validation rules (graphql-js <c>assumeValidSDL</c>); only for trusted, already-checked SDL.</summary>
    public bool AssumeValidSdl { get; init; }

    public ParserOptions? ParserOptions { get; init; }
}

/// <summary>
/// graphql-js <c>buildSchema</c>/<c>buildASTSchema</c>: a schema from a type-system document, extensions of every kind
/// merged into the types they extend. Like graphql-js it does not run <see cref="SchemaValidator"/>: the caller does,
/// before executing against the schema.
/// </summary>
public static class SchemaBuilder
{
    /// <exception cref="SchemaException">The SDL has a syntax error or breaks an SDL validation rule.</exception>
    public static Schema Build(string sdl, SchemaBuilderOptions? options = null)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(sdl, options?.ParserOptions);
        }
        catch (GraphQLError syntaxError)
        {
            throw new SchemaException([syntaxError]);
        }

        return Build(document, options);
    }

    /// <exception cref="SchemaException">The document breaks an SDL validation rule.</exception>
    public static Schema Build(DocumentNode document, SchemaBuilderOptions? options = null)
    {
        if (options?.AssumeValidSdl != true)
        {
            var errors = Validator.ValidateSdl(document);
            if (errors.Count > 0)
            {
                throw new SchemaException(errors);
            }
        }

        return new SdlSchemaAssembler(document).Assemble();
    }
}
