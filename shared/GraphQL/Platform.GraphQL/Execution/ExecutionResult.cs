namespace Platform.GraphQL.Execution;

/// <summary>
/// A response per spec §7.1: <c>data</c> (absent when execution never started, possibly null),
/// <c>errors</c> and <c>extensions</c>. Maps inside <see cref="Data"/> keep the order of the selection set.
/// </summary>
public sealed class ExecutionResult
{
    /// <summary>The data entry; <see cref="HasData"/> tells absent from null.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    /// <summary>False when the response has no <c>data</c> entry at all (request errors).</summary>
    public bool HasData { get; init; }

    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors, HasData = false };
}
