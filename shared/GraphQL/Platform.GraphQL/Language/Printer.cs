namespace Platform.GraphQL.Language;

/// <summary>STUB — replaced by the Language work. Prints a syntax tree exactly as graphql-js's <c>print</c>.</summary>
public static class Printer
{
    public static string Print(SyntaxNode node) => throw new NotImplementedException();
}
