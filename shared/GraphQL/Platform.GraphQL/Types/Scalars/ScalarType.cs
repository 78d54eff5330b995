using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// A leaf type with its own coercion rules. The base behaves like a custom scalar built from SDL in graphql-js:
/// values pass through unchanged and literals become plain values.
/// Coercion failures throw <see cref="GraphQLError"/> with graphql-js's wording.
/// </summary>
public class ScalarType : NamedType
{
    public ScalarType(string name)
        : base(name)
    {
    }

    public string? SpecifiedByUrl { get; set; }

    /// <summary>Result coercion: an internal value to a value fit for the response.</summary>
    public virtual object? Serialize(object? value) => value;

    /// <summary>Input coercion of a variable value (already converted from JSON).</summary>
    public virtual object? ParseValue(object? value) => value;

    /// <summary>Input coercion of a literal; variables inside it are taken from <paramref name="variables"/>.</summary>
    public virtual object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        ValueLiterals.ToUntypedValue(literal, variables);

    /// <summary>The literal that represents an internal value, or null if it cannot be represented.</summary>
    public virtual ValueNode? ToLiteral(object? value) => ValueLiterals.FromUntypedValue(value);
}
