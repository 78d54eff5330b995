namespace Platform.GraphQL.Tests.Diagnostics;

/// <summary>
/// Listeners on the engine's activity source and meter see every request in the process, so these tests run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DiagnosticsCollection
{
    public const string Name = "Diagnostics";
}
