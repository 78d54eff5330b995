namespace Platform.GraphQL.Validation.Limits;

/// <summary>
/// Limits that keep one request from costing the server more than it should, with safe defaults. Servers add
/// <see cref="CreateRules"/> to <see cref="SpecifiedRules.All"/> and run execution under <see cref="ExecutionTimeout"/>.
/// A null maximum switches that limit off.
/// </summary>
public sealed record OperationLimits
{
    public static OperationLimits Default { get; } = new();

    /// <summary>Deepest chain of nested fields, fragments followed, introspection counted.</summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>Most aliased fields in one operation.</summary>
    public int? MaxAliases { get; init; } = 30;

    /// <summary>Most distinct root fields in one operation.</summary>
    public int? MaxRootFields { get; init; } = 20;

    /// <summary>Largest static cost estimate (see <see cref="MaxCostRule"/>).</summary>
    public long? MaxCost { get; init; } = 5_000;

    /// <summary>The page size assumed for a list field without a page-size argument.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>The arguments whose value is a list field's page size.</summary>
    public IReadOnlySet<string> ListSizeArguments { get; init; } =
        new HashSet<string>(StringComparer.Ordinal) { "first", "last", "limit" };

    /// <summary>Field weights by schema coordinate (<c>"Query.search"</c>); every other field weighs 1.</summary>
    public IReadOnlyDictionary<string, int> FieldCosts { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>How long execution may run before it is cancelled and answered with an <c>EXECUTION_TIMEOUT</c> error.</summary>
    public TimeSpan? ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The validation rules of the limits that are on. <paramref name="variables"/> are the request's raw variable
    /// values, so that page sizes passed as variables count in the cost.
    /// </summary>
    public IReadOnlyList<ValidationRuleFactory> CreateRules(IReadOnlyDictionary<string, object?>? variables = null) =>
        CreateRules(variables, onCostRule: null);

    /// <summary>The cost rule alone (null when the cost limit is off): what a cached document measures per request.</summary>
    /// <param name="onCostRule">Receives the rule once validation creates it.</param>
    internal ValidationRuleFactory? CreateCostRule(IReadOnlyDictionary<string, object?>? variables, Action<MaxCostRule>? onCostRule = null)
    {
        if (MaxCost is not { } maxCost)
        {
            return null;
        }

        return context =>
        {
            var rule = new MaxCostRule(context, maxCost, this, variables);
            onCostRule?.Invoke(rule);
            return rule;
        };
    }

    /// <param name="onCostRule">Receives the cost rule once validation creates it.</param>
    internal IReadOnlyList<ValidationRuleFactory> CreateRules(IReadOnlyDictionary<string, object?>? variables, Action<MaxCostRule>? onCostRule)
    {
        var rules = new List<ValidationRuleFactory>(4);
        if (MaxDepth is { } maxDepth)
        {
            rules.Add(context => new MaxDepthRule(context, maxDepth));
        }

        if (MaxAliases is { } maxAliases)
        {
            rules.Add(context => new MaxAliasesRule(context, maxAliases));
        }

        if (MaxRootFields is { } maxRootFields)
        {
            rules.Add(context => new MaxRootFieldsRule(context, maxRootFields));
        }

        if (CreateCostRule(variables, onCostRule) is { } cost)
        {
            rules.Add(cost);
        }

        return rules;
    }
}
