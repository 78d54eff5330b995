using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>Coercion between an enum's internal values and its names (graphql-js <c>GraphQLEnumType</c>).</summary>
public sealed partial class EnumType
{
    private ValueLookup? _lookup;

    /// <summary>Result coercion: the name of the enum value whose internal value equals <paramref name="value"/>.</summary>
    public string Serialize(object? value)
    {
        if (value is not null && GetLookup().ByValue.TryGetValue(value, out var name))
        {
            return name;
        }

        if (value is null && GetLookup().NullName is { } nullName)
        {
            return nullName;
        }

        // A CLR enum member stands for the GraphQL value of its name (Red or RED for RED, InProgress for IN_PROGRESS)
        // when no value was bound to it explicitly, as is the case for schemas built from SDL.
        if (value is Enum member && FindByMemberName(member.ToString()) is { } byName)
        {
            return byName;
        }

        throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a variable value: a value name to its internal value.</summary>
    public object? ParseValue(object? value, bool hideSuggestions = false)
    {
        if (value is System.Text.Json.JsonElement element)
        {
            value = JsonValues.ToValue(element);
        }

        if (value is not string text)
        {
            var shown = ValueInspector.Inspect(value);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {shown}." + Suggest(shown, hideSuggestions));
        }

        if (!Values.TryGetValue(text, out var enumValue))
        {
            throw new GraphQLError($"Value \"{text}\" does not exist in \"{Name}\" enum." + Suggest(text, hideSuggestions));
        }

        return enumValue.Value;
    }

    /// <summary>Input coercion of a literal: an enum literal naming one of the values.</summary>
    public object? ParseLiteral(ValueNode literal, bool hideSuggestions = false)
    {
        if (literal is not EnumValueNode enumLiteral)
        {
            var shown = ScalarCoercion.PrintForError(literal);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {shown}." + Suggest(shown, hideSuggestions), [literal]);
        }

        if (!Values.TryGetValue(enumLiteral.Value, out var enumValue))
        {
            var shown = ScalarCoercion.PrintForError(literal);
            throw new GraphQLError($"Value \"{shown}\" does not exist in \"{Name}\" enum." + Suggest(shown, hideSuggestions), [literal]);
        }

        return enumValue.Value;
    }

    /// <summary>The enum literal for an external value (a value name), or null.</summary>
    public ValueNode? ToLiteral(object? value) =>
        value is string name && Values.ContainsKey(name) ? new EnumValueNode(name) : null;

    private string? FindByMemberName(string memberName)
    {
        if (Values.ContainsKey(memberName))
        {
            return memberName;
        }

        var screaming = new System.Text.StringBuilder(memberName.Length + 4);
        for (var i = 0; i < memberName.Length; i++)
        {
            var c = memberName[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(memberName[i - 1]) || (i + 1 < memberName.Length && char.IsLower(memberName[i + 1]))))
            {
                screaming.Append('_');
            }

            screaming.Append(char.ToUpperInvariant(c));
        }

        var name = screaming.ToString();
        return Values.ContainsKey(name) ? name : null;
    }

    private string Suggest(string shown, bool hideSuggestions) =>
        hideSuggestions ? "" : Validation.Suggestions.DidYouMean("the enum value", Validation.Suggestions.SuggestionList(shown, Values.Keys));

    private ValueLookup GetLookup()
    {
        var lookup = _lookup;
        if (lookup is null || lookup.Count != Values.Count)
        {
            lookup = new ValueLookup(Values);
            _lookup = lookup;
        }

        return lookup;
    }

    private sealed class ValueLookup
    {
        public ValueLookup(OrderedDictionary<string, EnumValueDefinition> values)
        {
            Count = values.Count;
            foreach (var value in values.Values)
            {
                if (value.Value is null)
                {
                    NullName ??= value.Name;
                }
                else
                {
                    ByValue.TryAdd(value.Value, value.Name);
                }
            }
        }

        public int Count { get; }

        public Dictionary<object, string> ByValue { get; } = [];

        public string? NullName { get; }
    }
}
