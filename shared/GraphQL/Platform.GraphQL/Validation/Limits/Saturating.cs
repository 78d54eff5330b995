namespace Platform.GraphQL.Validation.Limits;

/// <summary>Arithmetic that sticks at <see cref="long.MaxValue"/>: fragment reuse can multiply counts past any range.</summary>
internal static class Saturating
{
    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    public static long Multiply(long a, long b) =>
        a == 0 || b == 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;
}
