using System.Text;
using Platform.GraphQL.Language;

namespace Platform.Gateway.Planning;

/// <summary>
/// The selection set of one subgraph fetch while it is planned: fields (with the client's alias, arguments and
/// directives), conditional wrappers and type-conditioned inline fragments. Equal fields are merged; fields the
/// gateway adds for itself (keys, <c>__typename</c>, required fields) get an alias when the client already uses
/// their name for something else.
/// </summary>
internal sealed class SelectionTree
{
    private readonly List<object> _entries = [];

    public bool IsEmpty => _entries.Count == 0;

    public IEnumerable<FieldEntry> Fields => _entries.OfType<FieldEntry>();

    /// <summary>Adds a field as the client wrote it (without its sub-selection, which is planned separately).</summary>
    public FieldEntry AddField(FieldNode field)
    {
        var directives = field.Directives;
        var signature = FieldEntry.SignatureOf(field.Arguments, directives);
        var responseKey = field.ResponseKey;
        foreach (var entry in _entries)
        {
            if (entry is FieldEntry existing && existing.ResponseKey == responseKey && existing.Name == field.Name.Value && existing.Signature == signature)
            {
                return existing;
            }
        }

        var added = new FieldEntry(field.Alias?.Value, field.Name.Value, field.Arguments, directives, signature);
        _entries.Add(added);
        return added;
    }

    /// <summary>Adds an argument-less field the gateway needs; returns it (its response key says where to read it).</summary>
    public FieldEntry AddInjected(string name)
    {
        string? alias = null;
        foreach (var entry in _entries)
        {
            if (entry is not FieldEntry existing || existing.ResponseKey != name)
            {
                continue;
            }

            if (existing.Name == name && existing.Signature.Length == 0)
            {
                return existing;
            }

            alias = "__gateway_" + name;
        }

        if (alias is not null && _entries.OfType<FieldEntry>().FirstOrDefault(e => e.ResponseKey == alias) is { } aliased)
        {
            return aliased;
        }

        var added = new FieldEntry(alias, name, [], [], string.Empty);
        _entries.Add(added);
        return added;
    }

    /// <summary>The tree inside <c>... on {typeCondition}</c> (or <c>... @directive</c> without a type condition).</summary>
    public SelectionTree Fragment(string? typeCondition, DirectiveNode? condition = null)
    {
        var signature = condition is null ? string.Empty : Printer.Print(condition);
        foreach (var entry in _entries)
        {
            if (entry is FragmentEntry existing && existing.TypeCondition == typeCondition && existing.Signature == signature)
            {
                return existing.Children;
            }
        }

        var added = new FragmentEntry(typeCondition, condition, signature);
        _entries.Add(added);
        return added.Children;
    }

    /// <summary>The tree nested inside one conditional wrapper per <c>@skip</c>/<c>@include</c> in <paramref name="conditions"/>.</summary>
    public SelectionTree Within(IReadOnlyList<DirectiveNode> conditions)
    {
        var tree = this;
        foreach (var condition in conditions)
        {
            tree = tree.Fragment(null, condition);
        }

        return tree;
    }

    /// <summary>True when <paramref name="other"/> can be added to this tree without two fields sharing a response key.</summary>
    public bool CanMerge(SelectionTree other)
    {
        foreach (var entry in other._entries)
        {
            switch (entry)
            {
                case FieldEntry field:
                    foreach (var mine in Fields.Where(f => f.ResponseKey == field.ResponseKey))
                    {
                        if (mine.Name != field.Name || FieldEntry.SignatureOf(mine.Arguments, []) != FieldEntry.SignatureOf(field.Arguments, []))
                        {
                            return false;
                        }

                        if (mine.Children is { } children && field.Children is { } theirs && !children.CanMerge(theirs))
                        {
                            return false;
                        }
                    }

                    break;
                case FragmentEntry fragment:
                    var same = _entries.OfType<FragmentEntry>().FirstOrDefault(f => f.TypeCondition == fragment.TypeCondition && f.Signature == fragment.Signature);
                    if (same is not null && !same.Children.CanMerge(fragment.Children))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    /// <summary>Adds every entry of <paramref name="other"/> (check <see cref="CanMerge"/> first).</summary>
    public void Merge(SelectionTree other)
    {
        foreach (var entry in other._entries)
        {
            switch (entry)
            {
                case FieldEntry field:
                    var mine = Fields.FirstOrDefault(f => f.ResponseKey == field.ResponseKey && f.Name == field.Name && f.Signature == field.Signature);
                    if (mine is null)
                    {
                        _entries.Add(field);
                    }
                    else if (field.Children is { } theirs)
                    {
                        mine.ChildTree().Merge(theirs);
                    }

                    break;
                case FragmentEntry fragment:
                    Fragment(fragment.TypeCondition, fragment.Condition).Merge(fragment.Children);
                    break;
            }
        }
    }

    /// <summary>The response keys of the fields at this level, looking through fragments.</summary>
    public IEnumerable<string> TopLevelResponseKeys()
    {
        foreach (var entry in _entries)
        {
            switch (entry)
            {
                case FieldEntry field:
                    yield return field.ResponseKey;
                    break;
                case FragmentEntry fragment:
                    foreach (var key in fragment.Children.TopLevelResponseKeys())
                    {
                        yield return key;
                    }

                    break;
            }
        }
    }

    /// <summary>Per top-level entry, the <c>@skip</c>/<c>@include</c> that decide it (empty: always selected).</summary>
    public IReadOnlyList<IReadOnlyList<DirectiveNode>> TopLevelConditions() =>
        _entries.Select(entry => entry switch
        {
            FieldEntry field => (IReadOnlyList<DirectiveNode>)field.Directives.Where(FieldCollector.IsCondition).ToList(),
            FragmentEntry { TypeCondition: null, Condition: { } condition } => [condition],
            _ => [],
        }).ToList();

    public void Print(StringBuilder text, ISet<string> variables)
    {
        text.Append('{');
        if (_entries.Count == 0)
        {
            text.Append(" __typename");
        }

        foreach (var entry in _entries)
        {
            text.Append(' ');
            switch (entry)
            {
                case FieldEntry field:
                    field.Print(text, variables);
                    break;
                case FragmentEntry fragment:
                    text.Append("...");
                    if (fragment.TypeCondition is not null)
                    {
                        text.Append(" on ").Append(fragment.TypeCondition);
                    }

                    if (fragment.Condition is not null)
                    {
                        text.Append(' ').Append(fragment.Signature);
                        VariableUsages.Collect(fragment.Condition, variables);
                    }

                    text.Append(' ');
                    fragment.Children.Print(text, variables);
                    break;
            }
        }

        text.Append(" }");
    }

    private sealed record FragmentEntry(string? TypeCondition, DirectiveNode? Condition, string Signature)
    {
        public SelectionTree Children { get; } = new();
    }
}
