using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    private const int GroupIndexThreshold = 8;

    // Collected fields by selection set; a set collected under several parent types chains the results.
    private readonly Dictionary<SelectionSetNode, CollectedFields> _collectedFields = new(ReferenceEqualityComparer.Instance);

    /// <summary>The fields of a selection set (inline fragments flattened) grouped by response name, and its spreads.</summary>
    private CollectedFields CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        CollectedFields? first = null;
        if (_collectedFields.TryGetValue(selectionSet, out first))
        {
            for (var candidate = first; candidate is not null; candidate = candidate.NextForOtherParentType)
            {
                if (ReferenceEquals(candidate.ParentType, parentType))
                {
                    return candidate;
                }
            }
        }

        var collected = new CollectedFields(parentType) { NextForOtherParentType = first };
        CollectInto(collected, parentType, selectionSet);
        _collectedFields[selectionSet] = collected;
        return collected;
    }

    private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void CollectInto(CollectedFields collected, NamedType? parentType, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    collected.Add(new FieldDetails(parentType, field));
                    break;
                case FragmentSpreadNode spread:
                    (collected.Spreads ??= []).Add(spread);
                    break;
                case InlineFragmentNode inline:
                    var fragmentType = inline.TypeCondition is { } condition ? Schema.GetType(condition.Name.Value) : parentType;
                    CollectInto(collected, fragmentType, inline.SelectionSet);
                    break;
            }
        }
    }

    /// <summary>The distinct fragments spread directly in collected fields (null stands for unknown fragments).</summary>
    private List<FragmentDefinitionNode?> GetFragmentSpreads(CollectedFields collected)
    {
        if (collected.FragmentSpreads is { } cached)
        {
            return cached;
        }

        var spreads = collected.Spreads;
        var result = new List<FragmentDefinitionNode?>(spreads?.Count ?? 0);
        if (spreads is not null)
        {
            HashSet<FragmentDefinitionNode?>? seen = spreads.Count > GroupIndexThreshold ? new(ReferenceEqualityComparer.Instance) : null;
            foreach (var spread in spreads)
            {
                SpendComplexity(1);
                var definition = GetFragment(spread.Name.Value);
                if (seen is not null ? seen.Add(definition) : !ContainsReference(result, definition))
                {
                    result.Add(definition);
                }
            }
        }

        collected.FragmentSpreads = result;
        return result;
    }

    private static bool ContainsReference(List<FragmentDefinitionNode?> list, FragmentDefinitionNode? item)
    {
        foreach (var existing in list)
        {
            if (ReferenceEquals(existing, item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The response names two collected field sets share (cached per pair).</summary>
    private List<(FieldGroup First, FieldGroup Second)> GetOverlappingFields(CollectedFields first, CollectedFields second)
    {
        first.OverlapsWith ??= new Dictionary<CollectedFields, List<(FieldGroup, FieldGroup)>>(ReferenceEqualityComparer.Instance);
        if (first.OverlapsWith.TryGetValue(second, out var cached))
        {
            return cached;
        }

        var overlapping = new List<(FieldGroup, FieldGroup)>();
        foreach (var group in first.Groups)
        {
            SpendComplexity(1);
            if (second.Find(group.ResponseName) is { } other)
            {
                overlapping.Add((group, other));
            }
        }

        first.OverlapsWith[second] = overlapping;
        return overlapping;
    }

    /// <summary>A field selection with what conflict checks need to know about it.</summary>
    private sealed class FieldDetails
    {
        public FieldDetails(NamedType? parentType, FieldNode node)
        {
            ParentType = parentType;
            Node = node;
            Definition = parentType is IComplexOutputType complex ? complex.Fields.GetValueOrDefault(node.Name.Value) : null;
            StreamDirective = FindStreamDirective(node);
            IsSimpleLeaf = node.Arguments.Count == 0 && node.SelectionSet is null && StreamDirective is null;
        }

        public NamedType? ParentType { get; }

        public FieldNode Node { get; }

        /// <summary>Looked up among the parent's own fields, so <c>__typename</c> has none.</summary>
        public FieldDefinition? Definition { get; }

        public DirectiveNode? StreamDirective { get; }

        public bool IsSimpleLeaf { get; }

        /// <summary>The next field with the same response name in the same collected set.</summary>
        public FieldDetails? Next { get; set; }

        /// <summary>Earlier comparisons with other fields, created on the first one.</summary>
        public Dictionary<FieldDetails, FieldComparison>? Comparisons { get; set; }

        public string? TypeString { get; set; }

        private static DirectiveNode? FindStreamDirective(FieldNode node)
        {
            foreach (var directive in node.Directives)
            {
                if (directive.Name.Value == "stream")
                {
                    return directive;
                }
            }

            return null;
        }
    }

    /// <summary>What two fields' comparison found so far (it is repeated when their parents meet again).</summary>
    private sealed class FieldComparison
    {
        public bool? SameArguments { get; set; }

        public bool? SameStreamArguments { get; set; }
    }

    /// <summary>The fields of one response name, linked through <see cref="FieldDetails.Next"/>.</summary>
    private sealed class FieldGroup(string responseName, FieldDetails first)
    {
        public string ResponseName { get; } = responseName;

        public FieldDetails First { get; } = first;

        public FieldDetails Last { get; set; } = first;

        public bool HasSeveral => First.Next is not null;
    }

    private sealed class CollectedFields(NamedType? parentType)
    {
        private Dictionary<string, FieldGroup>? _groupIndex;

        public NamedType? ParentType { get; } = parentType;

        public CollectedFields? NextForOtherParentType { get; init; }

        /// <summary>Groups in the order their response names first appear.</summary>
        public List<FieldGroup> Groups { get; } = [];

        public List<FragmentSpreadNode>? Spreads { get; set; }

        public List<FragmentDefinitionNode?>? FragmentSpreads { get; set; }

        public Dictionary<CollectedFields, List<(FieldGroup, FieldGroup)>>? OverlapsWith { get; set; }

        public void Add(FieldDetails field)
        {
            var responseName = field.Node.ResponseKey;
            if (Find(responseName) is { } group)
            {
                group.Last.Next = field;
                group.Last = field;
                return;
            }

            group = new FieldGroup(responseName, field);
            Groups.Add(group);
            if (_groupIndex is not null)
            {
                _groupIndex.Add(responseName, group);
            }
            else if (Groups.Count > GroupIndexThreshold)
            {
                _groupIndex = new Dictionary<string, FieldGroup>(Groups.Count * 2, StringComparer.Ordinal);
                foreach (var existing in Groups)
                {
                    _groupIndex.Add(existing.ResponseName, existing);
                }
            }
        }

        public FieldGroup? Find(string responseName)
        {
            if (_groupIndex is not null)
            {
                return _groupIndex.GetValueOrDefault(responseName);
            }

            foreach (var group in Groups)
            {
                if (group.ResponseName == responseName)
                {
                    return group;
                }
            }

            return null;
        }
    }
}
