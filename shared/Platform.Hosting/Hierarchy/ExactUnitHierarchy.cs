namespace Platform.Hosting.Hierarchy;

/// <summary>Used when no Organization subgraph is configured: a scope covers exactly its own unit.</summary>
public sealed class ExactUnitHierarchy : IUnitHierarchy
{
    public Task<bool> IsWithinAsync(string unitId, string scopeUnitId, CancellationToken cancellationToken = default) =>
        Task.FromResult(string.Equals(unitId, scopeUnitId, StringComparison.Ordinal));
}
