using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation;

/// <summary>
/// Walks a document once and shows every node to all rules in order (graphql-js <c>visitInParallel</c> inside
/// <c>visitWithTypeInfo</c>): the type info enters a node before the rules do and leaves it after them. A rule that
/// skips a node sees nothing more until that node is left; when every rule is skipping, the subtree is not walked.
/// </summary>
internal sealed class ParallelRuleWalker : ISyntaxChildVisitor
{
    private static readonly int KindCount = Enum.GetValues<SyntaxKind>().Length;

    // Marks a rule that asked to stop for good: no node is ever equal to it.
    private static readonly SyntaxNode Stopped = new NameNode(string.Empty);

    private readonly ValidationRule[] _rules;
    private readonly TypeInfo? _typeInfo;
    private readonly bool _visitDescriptions;
    private readonly SyntaxNode?[] _skipping;
    private readonly int[] _rulesByKind;
    private readonly int[] _ruleCountByKind;
    private readonly List<SyntaxNode> _ancestors = [];
    private int _skippingCount;

    /// <param name="rules">The rules, in the order they see each node.</param>
    /// <param name="typeInfo">Type info to keep in step with the walk, or null (SDL validation has none).</param>
    /// <param name="visitDescriptions">graphql-js's validate leaves descriptions out of the walk; validateSDL does not.</param>
    public ParallelRuleWalker(ValidationRule[] rules, TypeInfo? typeInfo, bool visitDescriptions)
    {
        _rules = rules;
        _typeInfo = typeInfo;
        _visitDescriptions = visitDescriptions;
        _skipping = new SyntaxNode?[rules.Length];
        _rulesByKind = new int[KindCount * Math.Max(rules.Length, 1)];
        _ruleCountByKind = new int[KindCount];
        for (var i = 0; i < rules.Length; i++)
        {
            var kinds = rules[i].VisitedKinds;
            for (var kind = 0; kind < KindCount; kind++)
            {
                if (kinds.Contains((SyntaxKind)kind))
                {
                    _rulesByKind[(kind * rules.Length) + _ruleCountByKind[kind]++] = i;
                }
            }
        }
    }

    public void Walk(SyntaxNode root) => Visit(root);

    public void Visit(SyntaxNode node)
    {
        var kind = node.Kind;
        if (IsLeaf(kind) && _ruleCountByKind[(int)kind] == 0)
        {
            // Nothing observes a leaf no rule visits: the type info only sets and clears the enum value there.
            return;
        }

        _typeInfo?.Enter(node);
        EnterRules(node);
        if (_skippingCount < _rules.Length)
        {
            _ancestors.Add(node);
            node.VisitChildren(this);
            _ancestors.RemoveAt(_ancestors.Count - 1);
        }

        LeaveRules(node);
        _typeInfo?.Leave(node);
    }

    private static bool IsLeaf(SyntaxKind kind) => kind is SyntaxKind.Name or SyntaxKind.IntValue or SyntaxKind.FloatValue
        or SyntaxKind.StringValue or SyntaxKind.BooleanValue or SyntaxKind.NullValue or SyntaxKind.EnumValue;

    public void VisitDescription(StringValueNode description)
    {
        if (_visitDescriptions)
        {
            Visit(description);
        }
    }

    private void EnterRules(SyntaxNode node)
    {
        var kind = (int)node.Kind;
        var start = kind * _rules.Length;
        var end = start + _ruleCountByKind[kind];
        for (var k = start; k < end; k++)
        {
            var i = _rulesByKind[k];
            if (_skipping[i] is not null)
            {
                continue;
            }

            switch (_rules[i].Enter(node, _ancestors))
            {
                case VisitorAction.Skip:
                    _skipping[i] = node;
                    _skippingCount++;
                    break;
                case VisitorAction.Break:
                    _skipping[i] = Stopped;
                    _skippingCount++;
                    break;
            }
        }
    }

    private void LeaveRules(SyntaxNode node)
    {
        var kind = (int)node.Kind;
        var start = kind * _rules.Length;
        var end = start + _ruleCountByKind[kind];
        for (var k = start; k < end; k++)
        {
            var i = _rulesByKind[k];
            var skipped = _skipping[i];
            if (skipped is null)
            {
                if (_rules[i].Leave(node, _ancestors) == VisitorAction.Break)
                {
                    _skipping[i] = Stopped;
                    _skippingCount++;
                }
            }
            else if (ReferenceEquals(skipped, node))
            {
                _skipping[i] = null;
                _skippingCount--;
            }
        }
    }
}
