using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Reading;

/// <summary>Reading federation field sets (<c>@key</c>, <c>@requires</c>, <c>@provides</c>) without throwing.</summary>
internal static class FieldSets
{
    public static SelectionSetNode? TryParse(string source)
    {
        try
        {
            return FieldSet.Parse(source).SelectionSet;
        }
        catch (GraphQLError)
        {
            return null;
        }
    }

    public static IEnumerable<string> TopLevelFieldNames(string source) =>
        TryParse(source)?.Selections.OfType<FieldNode>().Select(f => f.Name.Value) ?? [];
}
