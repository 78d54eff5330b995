using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Unique input field names: "A GraphQL input object value is only valid if all supplied fields are uniquely named."
/// See <see href="https://spec.graphql.org/draft/#sec-Input-Object-Field-Uniqueness"/>.
/// </summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.ObjectValue, SyntaxKind.ObjectField);

    private readonly ValidationContextBase _context;
    // One set of seen names per nesting level of object values, reused from one object to the next.
    private readonly List<Dictionary<string, NameNode>> _knownNamesByDepth = [new(StringComparer.Ordinal)];
    private int _depth;

    public UniqueInputFieldNamesRule(ValidationContextBase context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        if (node is ObjectValueNode)
        {
            if (++_depth == _knownNamesByDepth.Count)
            {
                _knownNamesByDepth.Add(new Dictionary<string, NameNode>(StringComparer.Ordinal));
            }

            _knownNamesByDepth[_depth].Clear();
            return VisitorAction.Continue;
        }

        var name = ((ObjectFieldNode)node).Name;
        var knownNames = _knownNamesByDepth[_depth];
        if (knownNames.TryGetValue(name.Value, out var known))
        {
            _context.ReportError(new GraphQLError($"There can be only one input field named \"{name.Value}\".", [known, name]));
        }
        else
        {
            knownNames[name.Value] = name;
        }

        return VisitorAction.Continue;
    }

    public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        if (node is ObjectValueNode)
        {
            _depth--;
        }

        return VisitorAction.Continue;
    }
}
