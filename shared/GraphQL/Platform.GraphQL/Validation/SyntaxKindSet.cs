using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation;

/// <summary>A set of <see cref="SyntaxKind"/>s as a bit mask: the kinds of node a rule wants to see.</summary>
public readonly struct SyntaxKindSet
{
    private readonly ulong _bits;

    public SyntaxKindSet(params ReadOnlySpan<SyntaxKind> kinds)
    {
        foreach (var kind in kinds)
        {
            _bits |= 1UL << (int)kind;
        }
    }

    private SyntaxKindSet(ulong bits) => _bits = bits;

    /// <summary>Every kind of node.</summary>
    public static SyntaxKindSet All { get; } = new(ulong.MaxValue);

    public bool Contains(SyntaxKind kind) => (_bits & (1UL << (int)kind)) != 0;
}
