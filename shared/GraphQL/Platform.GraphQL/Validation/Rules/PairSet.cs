using System.Runtime.CompilerServices;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Ordered pairs of things already compared by <see cref="OverlappingFieldsCanBeMergedRule"/>, each remembered with
/// whether it was compared under mutually exclusive parents. A comparison made with exclusive parents checks less
/// than one made without, so it does not answer a later query without exclusive parents.
/// </summary>
internal sealed class OrderedPairSet
{
    private readonly Dictionary<(object? First, object? Second), bool> _pairs = new(ReferencePairComparer.Instance);

    public bool Contains(object? first, object? second, bool areMutuallyExclusive) =>
        _pairs.TryGetValue((first, second), out var storedExclusive) && (areMutuallyExclusive || !storedExclusive);

    public void Add(object? first, object? second, bool areMutuallyExclusive) =>
        _pairs[(first, second)] = areMutuallyExclusive;

    private sealed class ReferencePairComparer : IEqualityComparer<(object? First, object? Second)>
    {
        public static readonly ReferencePairComparer Instance = new();

        public bool Equals((object? First, object? Second) x, (object? First, object? Second) y) =>
            ReferenceEquals(x.First, y.First) && ReferenceEquals(x.Second, y.Second);

        public int GetHashCode((object? First, object? Second) pair) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(pair.First), RuntimeHelpers.GetHashCode(pair.Second));
    }
}

/// <summary>Unordered pairs: <c>(a, b)</c> is found whichever order it was added in.</summary>
internal sealed class PairSet
{
    private readonly OrderedPairSet _ordered = new();

    public bool Contains(object? first, object? second, bool areMutuallyExclusive) =>
        _ordered.Contains(first, second, areMutuallyExclusive) || _ordered.Contains(second, first, areMutuallyExclusive);

    public void Add(object? first, object? second, bool areMutuallyExclusive) =>
        _ordered.Add(first, second, areMutuallyExclusive);
}
