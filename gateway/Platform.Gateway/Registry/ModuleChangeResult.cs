using Platform.GraphQL.Federation.Composition;

namespace Platform.Gateway.Registry;

/// <summary>The outcome of a module change: published, or refused with the reasons (the served graph stays).</summary>
public sealed record ModuleChangeResult(bool Succeeded, int StatusCode, IReadOnlyList<CompositionError> Errors, SupergraphSnapshot? Snapshot)
{
    public static ModuleChangeResult Published(SupergraphSnapshot? snapshot) => new(true, 200, [], snapshot);

    public static ModuleChangeResult Refused(int statusCode, IReadOnlyList<CompositionError> errors) => new(false, statusCode, errors, null);
}
