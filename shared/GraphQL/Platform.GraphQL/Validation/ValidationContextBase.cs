using System.Text;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>
/// What every validation rule can ask while the document is walked (graphql-js <c>ASTValidationContext</c>):
/// the document, its fragments and spreads, and where to report errors.
/// </summary>
public abstract class ValidationContextBase
{
    private const int FragmentWorkBudget = 50_000;

    private readonly Action<GraphQLError> _onError;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads = [];
    private readonly Dictionary<string, IReadOnlyList<FragmentDefinitionNode>> _referencedFragmentsBySpreadNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _fragmentNameIds = new(StringComparer.Ordinal);
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Rules.DirectiveIndex? _directives;
    private int _remainingFragmentWork = FragmentWorkBudget;

    protected ValidationContextBase(DocumentNode document, Action<GraphQLError> onError)
    {
        Document = document;
        _onError = onError;
    }

    public DocumentNode Document { get; }

    /// <summary>The schema the document is checked against or extends; null for SDL that stands alone.</summary>
    public Schema? SchemaOrNull => this switch
    {
        ValidationContext executable => executable.Schema,
        SdlValidationContext sdl => sdl.Schema,
        _ => null,
    };

    /// <summary>When true, rules leave out "Did you mean …?" suggestions.</summary>
    public bool HideSuggestions { get; init; }

    public void ReportError(GraphQLError error) => _onError(error);

    /// <summary>The directives known to this document: the schema's, overridden by definitions in the document.</summary>
    internal Rules.DirectiveIndex Directives => _directives ??= Rules.DirectiveIndex.For(this);

    /// <summary>The fragment definition of that name (the last one, if the name is defined twice).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere inside a selection set, without following them into fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        setsToVisit.Push(fieldSelections);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments, in discovery order.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragmentsForOperations([operation]);

    /// <summary>Every fragment the given operations use, directly or through other fragments, in discovery order.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(
        IReadOnlyList<OperationDefinitionNode> operations)
    {
        var collectedNames = new List<string>();
        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seenNames.Add(spread.Name.Value))
                {
                    collectedNames.Add(spread.Name.Value);
                }
            }
        }

        // Operations that spread the same set of fragment names share one result (and one spending of work).
        var key = SpreadNamesKey(collectedNames);
        if (_referencedFragmentsBySpreadNames.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(collectedNames.Count);
        for (var i = 0; i < collectedNames.Count; i++)
        {
            if (GetFragment(collectedNames[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seenNames.Add(spread.Name.Value))
                {
                    collectedNames.Add(spread.Name.Value);
                }
            }
        }

        _referencedFragmentsBySpreadNames[key] = fragments;
        return fragments;
    }

    /// <summary>
    /// Counts work spent following fragments; past graphql-js's budget the validation stops with
    /// "Validation aborted.", so documents that multiply fragment references cannot make validation explode.
    /// </summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException(new GraphQLError("Validation aborted."));
        }
    }

    private string SpreadNamesKey(List<string> names)
    {
        var ids = new int[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            if (!_fragmentNameIds.TryGetValue(names[i], out var id))
            {
                id = _fragmentNameIds.Count;
                _fragmentNameIds[names[i]] = id;
            }

            ids[i] = id;
        }

        Array.Sort(ids);
        var key = new StringBuilder();
        foreach (var id in ids)
        {
            key.Append(id).Append(',');
        }

        return key.ToString();
    }
}

/// <summary>Thrown inside a validation run to stop it; the validator catches it and reports <see cref="Error"/> last.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException(GraphQLError error)
        : base(error.Message) => Error = error;

    public GraphQLError Error { get; }
}
