using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Limits;

/// <summary>The cost estimate of <see cref="MaxCostRule"/>: field weights, list fields multiplied by their page size.</summary>
internal sealed class CostFold : SelectionTreeFold
{
    private readonly OperationLimits _settings;
    private readonly IReadOnlyDictionary<string, object?>? _variables;

    public CostFold(ValidationContext context, OperationLimits settings, IReadOnlyDictionary<string, object?>? variables)
        : base(context)
    {
        _settings = settings;
        _variables = variables;
    }

    /// <summary>Whether a page size came from a variable, so the estimate holds only for these variables.</summary>
    public bool ReadVariables { get; private set; }

    /// <summary>The operation being measured, whose variable defaults apply.</summary>
    public OperationDefinitionNode? Operation { get; set; }

    protected override long CombineSiblings(long accumulated, long selection) => Saturating.Add(accumulated, selection);

    protected override long Field(FieldNode field, NamedType? parentType, FieldDefinition? definition, long children)
    {
        var weight = Weight(field, parentType);
        if (ReferenceEquals(definition, IntrospectionTypes.SchemaMetaField) || ReferenceEquals(definition, IntrospectionTypes.TypeMetaField))
        {
            return weight;
        }

        var subtree = definition is { Type.IsList: true } ? Saturating.Multiply(ListSize(field, definition), children) : children;
        return Saturating.Add(weight, subtree);
    }

    private long Weight(FieldNode field, NamedType? parentType)
    {
        if (_settings.FieldCosts.Count > 0 && parentType is not null
            && _settings.FieldCosts.TryGetValue(parentType.Name + "." + field.Name.Value, out var weight))
        {
            return Math.Max(0, weight);
        }

        return 1;
    }

    /// <summary>The largest page-size argument given, else the schema's default for it, else the default list size.</summary>
    private long ListSize(FieldNode field, FieldDefinition definition)
    {
        long? size = null;
        foreach (var argument in field.Arguments)
        {
            if (_settings.ListSizeArguments.Contains(argument.Name.Value) && SizeOf(argument.Value) is { } given)
            {
                size = Math.Max(size ?? 0, given);
            }
        }

        if (size is null)
        {
            foreach (var name in _settings.ListSizeArguments)
            {
                if (!field.Arguments.Any(a => a.Name.Value == name)
                    && definition.Arguments.TryGetValue(name, out var argumentDefinition)
                    && argumentDefinition.DefaultValueLiteral is IntValueNode defaultLiteral)
                {
                    size = Math.Max(size ?? 0, ParseSize(defaultLiteral.Value));
                }
            }
        }

        return size ?? _settings.DefaultListSize;
    }

    private long? SizeOf(ValueNode value)
    {
        switch (value)
        {
            case IntValueNode literal:
                return ParseSize(literal.Value);
            case VariableNode variable:
                ReadVariables = true;
                var name = variable.Name.Value;
                if (_variables is not null && _variables.TryGetValue(name, out var sent))
                {
                    return sent is not null && JsNumber.IsNumber(sent) ? Clamp(JsNumber.ToDouble(sent)) : null;
                }

                var declared = Operation?.VariableDefinitions.FirstOrDefault(d => d.Variable.Name.Value == name);
                return declared?.DefaultValue is IntValueNode defaultLiteral ? ParseSize(defaultLiteral.Value) : null;
            default:
                return null;
        }
    }

    private static long ParseSize(string text) => long.TryParse(text, out var size)
        ? Math.Max(0, size)
        : text.StartsWith('-') ? 0 : long.MaxValue;

    private static long Clamp(double size) => double.IsNaN(size) || size <= 0 ? 0 : size >= long.MaxValue ? long.MaxValue : (long)size;
}
