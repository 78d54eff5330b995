using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition;

/// <summary>A federation <c>FieldSet</c> (<c>"id sku"</c>, <c>"id organization { id }"</c>): the source text and its selections.</summary>
public sealed class FieldSet
{
    private FieldSet(string source, SelectionSetNode selectionSet)
    {
        Source = source;
        SelectionSet = selectionSet;
    }

    public string Source { get; }

    public SelectionSetNode SelectionSet { get; }

    /// <summary>Parses a field set; throws <see cref="GraphQLError"/> on a syntax error.</summary>
    public static FieldSet Parse(string source)
    {
        var document = Parser.Parse("{" + source + "}", new ParserOptions { NoLocations = true });
        var operation = (OperationDefinitionNode)document.Definitions[0];
        return new FieldSet(source, operation.SelectionSet);
    }

    public override string ToString() => Source;
}
