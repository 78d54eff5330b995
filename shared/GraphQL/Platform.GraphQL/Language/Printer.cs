using System.Text;

namespace Platform.GraphQL.Language;

/// <summary>Prints a syntax tree exactly as graphql-js's <c>print</c> does.</summary>
public static class Printer
{
    private const int MaxCachedBuilderCapacity = 64 * 1024;

    [ThreadStatic]
    private static StringBuilder? s_cachedBuilder;

    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var text = s_cachedBuilder ?? new StringBuilder(256);
        s_cachedBuilder = null;
        new SyntaxPrinter(text).Write(node);
        var result = text.ToString();
        if (text.Capacity <= MaxCachedBuilderCapacity)
        {
            text.Clear();
            s_cachedBuilder = text;
        }

        return result;
    }

    /// <summary>Appends the printed node to <paramref name="text"/>.</summary>
    public static void Print(SyntaxNode node, StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(text);
        new SyntaxPrinter(text).Write(node);
    }
}
