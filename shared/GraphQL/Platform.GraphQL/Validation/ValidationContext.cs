using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>
/// The context of the executable-document rules (graphql-js <c>ValidationContext</c>): the schema, the type
/// information at the node being visited, and the variable usages of operations and fragments.
/// </summary>
public sealed class ValidationContext : ValidationContextBase
{
    private readonly TypeInfo _typeInfo;
    private readonly Dictionary<SyntaxNode, List<VariableUsage>> _variableUsages = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = [];
    private readonly Dictionary<IReadOnlyList<FragmentDefinitionNode>, List<VariableUsage>> _fragmentListUsages =
        new(ReferenceEqualityComparer.Instance);

    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError)
        : base(document, onError)
    {
        Schema = schema;
        _typeInfo = typeInfo;
    }

    public Schema Schema { get; }

    /// <summary>The variables used in an operation or fragment, not following fragment spreads, in document order.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        if (_variableUsages.TryGetValue(node, out var usages))
        {
            return usages;
        }

        var collector = new VariableUsageCollector(new TypeInfo(Schema));
        new ParallelRuleWalker([collector], collector.TypeInfo, visitDescriptions: false).Walk(node);
        _variableUsages[node] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables used in an operation and in every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        if (!_fragmentListUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            foreach (var fragment in fragments)
            {
                var localUsages = GetVariableUsages(fragment);
                SpendFragmentWork(localUsages.Count);
                fragmentUsages.AddRange(localUsages);
            }

            _fragmentListUsages[fragments] = fragmentUsages;
        }

        SpendFragmentWork(fragmentUsages.Count);
        var operationUsages = GetVariableUsages(operation);
        var usages = new List<VariableUsage>(operationUsages.Count + fragmentUsages.Count);
        usages.AddRange(operationUsages);
        usages.AddRange(fragmentUsages);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public new GraphQLType? GetType() => _typeInfo.GetType();

    /// <summary>The composite type whose selection set is being visited.</summary>
    public NamedType? GetParentType() => _typeInfo.GetParentType();

    /// <summary>The type expected at the current argument, variable definition or value.</summary>
    public GraphQLType? GetInputType() => _typeInfo.GetInputType();

    /// <summary>The input type enclosing the current one.</summary>
    public GraphQLType? GetParentInputType() => _typeInfo.GetParentInputType();

    public FieldDefinition? GetFieldDef() => _typeInfo.GetFieldDef();

    public DirectiveDefinition? GetDirective() => _typeInfo.GetDirective();

    public InputValueDefinition? GetArgument() => _typeInfo.GetArgument();

    public EnumValueDefinition? GetEnumValue() => _typeInfo.GetEnumValue();

    /// <summary>The argument or input field whose default value applies at the current value, if it has one.</summary>
    public InputValueDefinition? GetDefaultValueDefinition() => _typeInfo.GetDefaultValueDefinition();
}
