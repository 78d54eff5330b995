using System.Runtime.CompilerServices;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>graphql-js <c>coerceDefaultValue</c>: an argument's or input field's default as an internal value, memoized.</summary>
internal static class DefaultValues
{
    private static readonly ConditionalWeakTable<InputValueDefinition, Box> Cache = new();

    /// <summary>False when there is no default. Throws when an SDL default literal does not fit the type.</summary>
    public static bool TryGet(InputValueDefinition definition, out object? value)
    {
        if (!definition.HasDefaultValue)
        {
            value = null;
            return false;
        }

        if (definition.DefaultValueLiteral is null)
        {
            value = definition.DefaultValue;
            return true;
        }

        if (Cache.TryGetValue(definition, out var box) && ReferenceEquals(box.Literal, definition.DefaultValueLiteral))
        {
            value = box.Value;
            return true;
        }

        if (!LiteralCoercion.TryCoerce(definition.DefaultValueLiteral, definition.Type, null, out value))
        {
            throw new InvalidDefaultValueException(
                $"Invariant Violation: Expected value of type \"{definition.Type}\" to be valid, found: {ScalarCoercion.PrintForError(definition.DefaultValueLiteral)}.");
        }

        Cache.AddOrUpdate(definition, new Box(definition.DefaultValueLiteral, value));
        return true;
    }

    private sealed record Box(Language.ValueNode Literal, object? Value);
}

/// <summary>A default value in the schema that does not fit its type (graphql-js raises an invariant violation).</summary>
internal sealed class InvalidDefaultValueException(string message) : Exception(message);
