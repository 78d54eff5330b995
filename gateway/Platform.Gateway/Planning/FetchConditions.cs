using Platform.GraphQL.Language;

namespace Platform.Gateway.Planning;

/// <summary>
/// When a fetch can be left out: every top-level selection of it sits under <c>@skip</c>/<c>@include</c> and all of
/// them are excluded by the request's variables (plans are cached without variables, so this is decided per request).
/// </summary>
public sealed class FetchConditions
{
    public static readonly FetchConditions Always = new([], new Dictionary<string, bool>());

    private readonly IReadOnlyList<IReadOnlyList<DirectiveNode>> _entries;
    private readonly IReadOnlyDictionary<string, bool> _defaults;

    internal FetchConditions(IReadOnlyList<IReadOnlyList<DirectiveNode>> entries, IReadOnlyDictionary<string, bool> defaults)
    {
        _entries = entries;
        _defaults = defaults;
    }

    public bool IsExcluded(IReadOnlyDictionary<string, object?>? variables) =>
        _entries.Count > 0 && _entries.All(conditions => conditions.Any(c => Excludes(c, variables)));

    internal static FetchConditions For(IReadOnlyList<IReadOnlyList<DirectiveNode>>? entries, OperationDefinitionNode operation)
    {
        if (entries is null || entries.Count == 0 || entries.Any(e => e.Count == 0))
        {
            return Always;
        }

        var defaults = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            if (definition.DefaultValue is BooleanValueNode value)
            {
                defaults[definition.Variable.Name.Value] = value.Value;
            }
        }

        return new FetchConditions(entries, defaults);
    }

    private bool Excludes(DirectiveNode directive, IReadOnlyDictionary<string, object?>? variables)
    {
        var argument = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value;
        bool? value = argument switch
        {
            BooleanValueNode literal => literal.Value,
            VariableNode variable when variables is not null && variables.TryGetValue(variable.Name.Value, out var given) => given as bool?,
            VariableNode variable when _defaults.TryGetValue(variable.Name.Value, out var fallback) => fallback,
            _ => null,
        };
        return value switch
        {
            null => false,
            true => directive.Name.Value == "skip",
            false => directive.Name.Value == "include",
        };
    }
}
