using System.Globalization;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>Conversions between literals and plain values, without a type to guide them.</summary>
public static class ValueLiterals
{
    /// <summary>graphql-js <c>valueFromASTUntyped</c>.</summary>
    public static object? ToUntypedValue(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        NullValueNode => null,
        IntValueNode i => ParseInt(i.Value),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode l => l.Values.Select(v => ToUntypedValue(v, variables)).ToList(),
        ObjectValueNode o => ToUntypedObject(o, variables),
        VariableNode v => variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null,
        _ => throw new ArgumentOutOfRangeException(nameof(literal)),
    };

    /// <summary>A literal for a plain value (null, bool, string, number, list, map), or null if none fits.</summary>
    public static ValueNode? FromUntypedValue(object? value) => value switch
    {
        null => new NullValueNode(),
        bool b => new BooleanValueNode(b),
        string s => new StringValueNode(s),
        int or long or short or byte or sbyte or uint or ushort => new IntValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        double d when double.IsFinite(d) => NumberLiteral(d),
        float f when float.IsFinite(f) => NumberLiteral(f),
        decimal m => NumberLiteral((double)m),
        IEnumerable<KeyValuePair<string, object?>> map => FromMap(map),
        System.Collections.IEnumerable list => FromList(list),
        _ => null,
    };

    private static object ParseInt(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
            ? i
            : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static Dictionary<string, object?> ToUntypedObject(ObjectValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in node.Fields)
        {
            result[field.Name.Value] = ToUntypedValue(field.Value, variables);
        }

        return result;
    }

    private static ValueNode NumberLiteral(double d) =>
        d == Math.Floor(d) && Math.Abs(d) < 1e21
            ? new IntValueNode(d.ToString("0", CultureInfo.InvariantCulture))
            : new FloatValueNode(d.ToString("R", CultureInfo.InvariantCulture));

    private static ValueNode? FromMap(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var (key, item) in map)
        {
            var literal = FromUntypedValue(item);
            if (literal is null)
            {
                return null;
            }

            fields.Add(new ObjectFieldNode(new NameNode(key), literal));
        }

        return new ObjectValueNode(fields);
    }

    private static ValueNode? FromList(System.Collections.IEnumerable list)
    {
        var values = new List<ValueNode>();
        foreach (var item in list)
        {
            var literal = FromUntypedValue(item);
            if (literal is null)
            {
                return null;
            }

            values.Add(literal);
        }

        return new ListValueNode(values);
    }
}
