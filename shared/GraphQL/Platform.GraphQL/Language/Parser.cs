namespace Platform.GraphQL.Language;

/// <summary>Limits that keep hostile documents cheap to reject.</summary>
public sealed class ParserOptions
{
    public static readonly ParserOptions Default = new();

    /// <summary>Maximum lexical tokens in one document (graphql-js <c>maxTokens</c>).</summary>
    public int MaxTokens { get; init; } = 100_000;

    /// <summary>Maximum nesting of selection sets, list and object values, and list types.</summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>Leave <see cref="SyntaxNode.Location"/> null on every node.</summary>
    public bool NoLocations { get; init; }
}

/// <summary>Parses GraphQL source text (spec §2); syntax errors throw <see cref="GraphQLError"/>.</summary>
public static class Parser
{
    public static DocumentNode Parse(string source, ParserOptions? options = null) => Parse(new Source(source), options);

    public static DocumentNode Parse(Source source, ParserOptions? options = null) =>
        new DocumentParser(source, options ?? ParserOptions.Default).ParseDocument();

    /// <summary>A single value literal, which may contain variables.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        new DocumentParser(new Source(source), options ?? ParserOptions.Default).ParseWhole(p => p.ParseValueLiteral(isConst: false));

    /// <summary>A single constant value literal.</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        new DocumentParser(new Source(source), options ?? ParserOptions.Default).ParseWhole(p => p.ParseValueLiteral(isConst: true));

    /// <summary>A type reference such as <c>[String!]</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        new DocumentParser(new Source(source), options ?? ParserOptions.Default).ParseWhole(p => p.ParseTypeReference());
}
