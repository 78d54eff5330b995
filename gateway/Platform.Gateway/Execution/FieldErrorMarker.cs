using Platform.GraphQL;

namespace Platform.Gateway.Execution;

/// <summary>
/// Stands in the merged response where a field has no value because of an error; the gateway's resolvers raise
/// the error there, so the engine nulls the field (propagating as the schema says) and reports it at the client's
/// path. A marker shared by many positions (one failed fetch) reports its error once; the other positions are null.
/// </summary>
internal sealed class FieldErrorMarker(GraphQLError error, bool reportOnce)
{
    private int _reported;

    public GraphQLError Error { get; } = error;

    public bool ShouldReport() => !reportOnce || Interlocked.Exchange(ref _reported, 1) == 0;
}
