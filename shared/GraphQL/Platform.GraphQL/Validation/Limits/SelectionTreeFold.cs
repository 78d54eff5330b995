using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Limits;

/// <summary>
/// Folds an operation's selection tree into one number, following fragment spreads, bottom-up: a field's value is
/// computed from the fold of its sub-selections, siblings are combined left to right.
/// </summary>
/// <remarks>
/// The walk keeps its own stack, so fragments chained thousands deep cannot overflow the call stack. A fragment is
/// folded once and its value reused at every further spread, so fragments that spread each other many times cannot
/// make the walk exponential. A spread that closes a cycle counts as empty (<c>NoFragmentCyclesRule</c> reports it).
/// </remarks>
internal abstract class SelectionTreeFold
{
    private readonly ValidationContext _context;
    private readonly Dictionary<string, long> _fragmentValues = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fragmentsInProgress = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _frames = new();

    protected SelectionTreeFold(ValidationContext context) => _context = context;

    protected Schema Schema => _context.Schema;

    /// <summary>The value of an empty selection set.</summary>
    protected virtual long Empty => 0;

    protected abstract long CombineSiblings(long accumulated, long selection);

    /// <summary>A field's value from its definition (null when unknown) and the fold of its sub-selections.</summary>
    protected abstract long Field(FieldNode field, NamedType? parentType, FieldDefinition? definition, long children);

    /// <summary>The fold of an operation's root selection set.</summary>
    public long Measure(OperationDefinitionNode operation)
    {
        _fragmentValues.Clear();
        _fragmentsInProgress.Clear();
        _frames.Clear();
        _frames.Push(new Frame(operation.SelectionSet, Schema.GetRootType(operation.Operation), Empty, null, null, null));
        while (true)
        {
            var frame = _frames.Peek();
            if (frame.NextIndex < frame.Set.Selections.Count)
            {
                Descend(frame, frame.Set.Selections[frame.NextIndex++]);
                continue;
            }

            _frames.Pop();
            var value = Complete(frame);
            if (_frames.Count == 0)
            {
                return value;
            }

            var parent = _frames.Peek();
            parent.Value = CombineSiblings(parent.Value, value);
        }
    }

    private void Descend(Frame frame, SelectionNode selection)
    {
        switch (selection)
        {
            case FieldNode field:
                var definition = frame.Type is null ? null : Validation.TypeInfo.GetFieldDefinition(Schema, frame.Type, field.Name.Value);
                if (field.SelectionSet is { } subSelections)
                {
                    _frames.Push(new Frame(subSelections, definition?.Type.NamedType, Empty, field, definition, null) { FieldParentType = frame.Type });
                }
                else
                {
                    frame.Value = CombineSiblings(frame.Value, Field(field, frame.Type, definition, Empty));
                }

                break;
            case InlineFragmentNode inline:
                var inlineType = inline.TypeCondition is { } condition ? Schema.GetType(condition.Name.Value) : frame.Type;
                _frames.Push(new Frame(inline.SelectionSet, inlineType, Empty, null, null, null));
                break;
            case FragmentSpreadNode spread:
                var name = spread.Name.Value;
                if (_fragmentValues.TryGetValue(name, out var known))
                {
                    frame.Value = CombineSiblings(frame.Value, known);
                }
                else if (_context.GetFragment(name) is { } fragment && _fragmentsInProgress.Add(name))
                {
                    var fragmentType = Schema.GetType(fragment.TypeCondition.Name.Value);
                    _frames.Push(new Frame(fragment.SelectionSet, fragmentType, Empty, null, null, name));
                }

                break;
        }
    }

    private long Complete(Frame frame)
    {
        if (frame.Field is { } field)
        {
            return Field(field, frame.FieldParentType, frame.Definition, frame.Value);
        }

        if (frame.FragmentName is { } fragmentName)
        {
            _fragmentsInProgress.Remove(fragmentName);
            _fragmentValues[fragmentName] = frame.Value;
        }

        return frame.Value;
    }

    private sealed class Frame(
        SelectionSetNode set, NamedType? type, long value, FieldNode? field, FieldDefinition? definition, string? fragmentName)
    {
        public SelectionSetNode Set { get; } = set;

        /// <summary>The type the selections are made on.</summary>
        public NamedType? Type { get; } = type;

        public int NextIndex { get; set; }

        public long Value { get; set; } = value;

        /// <summary>The field whose sub-selections this frame folds, if any.</summary>
        public FieldNode? Field { get; } = field;

        public FieldDefinition? Definition { get; } = definition;

        public NamedType? FieldParentType { get; init; }

        /// <summary>The fragment this frame folds, if any; its value is remembered for later spreads.</summary>
        public string? FragmentName { get; } = fragmentName;
    }
}
