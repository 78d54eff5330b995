using System.Text;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Decides whether two argument values are the same literal, as graphql-js's overlap check does: same kinds and
/// texts, object fields in any order, and a block string differs from a quoted one.
/// List and object values are compared through a canonical key that is built once per value.
/// </summary>
internal sealed class ArgumentValueComparer
{
    private readonly Dictionary<ValueNode, string> _keys = new(ReferenceEqualityComparer.Instance);

    public bool SameValue(ValueNode value1, ValueNode value2)
    {
        if (value1.Kind != value2.Kind)
        {
            return false;
        }

        return value1 switch
        {
            ListValueNode or ObjectValueNode => GetKey(value1) == GetKey(value2),
            _ => SameScalarLiteral(value1, value2),
        };
    }

    private static bool SameScalarLiteral(ValueNode value1, ValueNode value2) => (value1, value2) switch
    {
        (VariableNode a, VariableNode b) => a.Name.Value == b.Name.Value,
        (IntValueNode a, IntValueNode b) => a.Value == b.Value,
        (FloatValueNode a, FloatValueNode b) => a.Value == b.Value,
        (StringValueNode a, StringValueNode b) => a.Value == b.Value && a.Block == b.Block,
        (BooleanValueNode a, BooleanValueNode b) => a.Value == b.Value,
        (EnumValueNode a, EnumValueNode b) => a.Value == b.Value,
        _ => true,
    };

    private string GetKey(ValueNode value)
    {
        if (!_keys.TryGetValue(value, out var key))
        {
            var builder = new StringBuilder();
            AppendKey(builder, value);
            key = builder.ToString();
            _keys.Add(value, key);
        }

        return key;
    }

    // Strings are length-prefixed and names cannot contain the delimiters, so distinct values get distinct keys.
    private static void AppendKey(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode intValue:
                builder.Append('i').Append(intValue.Value);
                break;
            case FloatValueNode floatValue:
                builder.Append('f').Append(floatValue.Value);
                break;
            case StringValueNode stringValue:
                builder.Append(stringValue.Block ? 'B' : 's').Append(stringValue.Value.Length).Append(':').Append(stringValue.Value);
                break;
            case BooleanValueNode booleanValue:
                builder.Append(booleanValue.Value ? 'T' : 'F');
                break;
            case NullValueNode:
                builder.Append('n');
                break;
            case EnumValueNode enumValue:
                builder.Append('e').Append(enumValue.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    AppendKey(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                foreach (var field in SortedByName(obj.Fields))
                {
                    builder.Append(field.Name.Value).Append(':');
                    AppendKey(builder, field.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
        }
    }

    /// <summary>Fields ordered by name; fields of one name keep their order.</summary>
    private static ObjectFieldNode[] SortedByName(IReadOnlyList<ObjectFieldNode> fields)
    {
        var sorted = new ObjectFieldNode[fields.Count];
        var order = new int[fields.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = fields[i];
            order[i] = i;
        }

        Array.Sort(order, sorted, Comparer<int>.Create((a, b) =>
        {
            var byName = string.CompareOrdinal(fields[a].Name.Value, fields[b].Name.Value);
            return byName != 0 ? byName : a.CompareTo(b);
        }));
        return sorted;
    }
}
