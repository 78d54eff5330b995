namespace Platform.GraphQL.Language;

/// <summary>Limits that keep hostile documents cheap to reject.</summary>
public sealed class ParserOptions
{
    public static readonly ParserOptions Default = new();

    /// <summary>Maximum lexical tokens in one document.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Maximum nesting of selection sets, lists, objects and types.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Keep source locations on nodes.</summary>
    public bool NoLocations { get; init; }
}

/// <summary>STUB — replaced by the Language work. Parses GraphQL source text; syntax errors throw <see cref="GraphQLError"/>.</summary>
public static class Parser
{
    public static DocumentNode Parse(string source, ParserOptions? options = null) => throw new NotImplementedException();

    public static DocumentNode Parse(Source source, ParserOptions? options = null) => throw new NotImplementedException();

    public static ValueNode ParseValue(string source, ParserOptions? options = null) => throw new NotImplementedException();

    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) => throw new NotImplementedException();

    public static TypeNode ParseType(string source, ParserOptions? options = null) => throw new NotImplementedException();
}
