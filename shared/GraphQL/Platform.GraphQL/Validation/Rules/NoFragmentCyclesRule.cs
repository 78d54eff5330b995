using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// No fragment cycles: "The graph of fragment spreads must not form any cycles including spreading itself. Otherwise
/// an operation could infinitely spread or infinitely execute on cycles in the underlying data."
/// See <see href="https://spec.graphql.org/draft/#sec-Fragment-spreads-must-not-form-cycles"/>.
/// </summary>
/// <remarks>
/// The depth-first search keeps its own stack, so a long chain of fragments cannot overflow the call stack.
/// </remarks>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition);

    private readonly ValidationContext _context;
    private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _frames = new();

    public NoFragmentCyclesRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            DetectCycles(fragment);
        }

        return VisitorAction.Skip;
    }

    private void DetectCycles(FragmentDefinitionNode start)
    {
        if (!TryEnterFragment(start))
        {
            return;
        }

        while (_frames.Count > 0)
        {
            var frame = _frames.Peek();
            if (frame.NextSpread == frame.Spreads.Count)
            {
                _spreadPathIndexByName.Remove(frame.FragmentName);
                _frames.Pop();
                if (_frames.Count > 0)
                {
                    _spreadPath.RemoveAt(_spreadPath.Count - 1);
                }

                continue;
            }

            var spread = frame.Spreads[frame.NextSpread++];
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                ReportCycle(spreadName, cycleIndex);
            }
            else if (_context.GetFragment(spreadName) is { } spreadFragment && TryEnterFragment(spreadFragment))
            {
                // The spread stays on the path until the fragment's own spreads are done.
                continue;
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }
    }

    private bool TryEnterFragment(FragmentDefinitionNode fragment)
    {
        var name = fragment.Name.Value;
        if (!_visitedFragments.Add(name))
        {
            return false;
        }

        var spreads = _context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return false;
        }

        _spreadPathIndexByName[name] = _spreadPath.Count;
        _frames.Push(new Frame(name, spreads));
        return true;
    }

    private void ReportCycle(string spreadName, int cycleIndex)
    {
        var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
        var via = new List<string>(cyclePath.Count - 1);
        for (var i = 0; i < cyclePath.Count - 1; i++)
        {
            via.Add("\"" + cyclePath[i].Name.Value + "\"");
        }

        var message = $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Count > 0 ? $" via {string.Join(", ", via)}." : ".");
        _context.ReportError(new GraphQLError(message, cyclePath));
    }

    private sealed class Frame(string fragmentName, IReadOnlyList<FragmentSpreadNode> spreads)
    {
        public string FragmentName { get; } = fragmentName;

        public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

        public int NextSpread { get; set; }
    }
}
