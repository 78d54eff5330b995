namespace Platform.GraphQL.Federation.Composition;

/// <summary>
/// One reason a set of subgraphs does not compose. <see cref="Code"/> is stable (upper snake case, named after the
/// federation rule, e.g. <c>FIELD_TYPE_MISMATCH</c>); the message names the subgraphs, types and fields involved.
/// </summary>
public sealed record CompositionError(string Code, string Message);

/// <summary>The outcome of <see cref="SupergraphComposer.Compose"/>: a supergraph, or the errors that prevent one.</summary>
public sealed class CompositionResult
{
    private CompositionResult(Supergraph? supergraph, IReadOnlyList<CompositionError> errors)
    {
        Supergraph = supergraph;
        Errors = errors;
    }

    public Supergraph? Supergraph { get; }

    public IReadOnlyList<CompositionError> Errors { get; }

    public bool Succeeded => Supergraph is not null;

    public static CompositionResult Success(Supergraph supergraph) => new(supergraph, []);

    public static CompositionResult Failure(IReadOnlyList<CompositionError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failed composition needs at least one error.", nameof(errors)) : new(null, errors);
}
