using Platform.GraphQL.Language;

namespace Platform.Gateway.Planning;

/// <summary>
/// The fields a <c>@provides</c> on the path makes available at one level of the current subgraph (external there,
/// yet returned by it), with the selections they provide below.
/// </summary>
internal sealed class ProvidedFields
{
    public static readonly ProvidedFields None = new([]);

    private readonly IReadOnlyList<FieldOccurrence> _fields;

    public ProvidedFields(IReadOnlyList<FieldOccurrence> fields) => _fields = fields;

    public bool Contains(string fieldName) => _fields.Any(f => f.Field.Name.Value == fieldName);

    /// <summary>What is provided inside <paramref name="fieldName"/>, plus that field's own <c>@provides</c>.</summary>
    public IReadOnlyList<SelectionSetNode> Below(string fieldName, SelectionSetNode? ownProvides)
    {
        var below = _fields.Where(f => f.Field.Name.Value == fieldName && f.Field.SelectionSet is not null)
            .Select(f => f.Field.SelectionSet!)
            .ToList();
        if (ownProvides is not null)
        {
            below.Add(ownProvides);
        }

        return below;
    }
}
