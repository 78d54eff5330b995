using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// What a <c>@provides</c> on the path just taken lets the current subgraph resolve on the type reached: the selection's
/// fields (directly or in an inline fragment on this type), each with the nested selection it provides below it.
/// </summary>
internal sealed class ProvidedSelection
{
    public static readonly ProvidedSelection None = new(new Dictionary<string, SelectionSetNode?>(StringComparer.Ordinal), "");

    private readonly Dictionary<string, SelectionSetNode?> _fields;

    private ProvidedSelection(Dictionary<string, SelectionSetNode?> fields, string identity)
    {
        _fields = fields;
        Identity = identity;
    }

    /// <summary>Distinguishes walks that reached the same type and subgraph with different provided fields.</summary>
    public string Identity { get; }

    public bool Provides(string fieldName) => _fields.ContainsKey(fieldName);

    /// <summary>What the provided field provides one level down.</summary>
    public ProvidedSelection Below(string fieldName, string typeName) =>
        _fields.GetValueOrDefault(fieldName) is { } nested ? On(nested, typeName) : None;

    public static ProvidedSelection On(SelectionSetNode? selectionSet, string typeName)
    {
        if (selectionSet is null)
        {
            return None;
        }

        var fields = new Dictionary<string, SelectionSetNode?>(StringComparer.Ordinal);
        Collect(selectionSet, typeName, fields);
        return new ProvidedSelection(fields, Printer.Print(selectionSet));
    }

    private static void Collect(SelectionSetNode selectionSet, string typeName, Dictionary<string, SelectionSetNode?> fields)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    fields.TryAdd(field.Name.Value, field.SelectionSet);
                    break;
                case InlineFragmentNode fragment when fragment.TypeCondition is null || fragment.TypeCondition.Name.Value == typeName:
                    Collect(fragment.SelectionSet, typeName, fields);
                    break;
            }
        }
    }
}
