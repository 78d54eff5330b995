namespace Platform.Hosting.Hierarchy;

/// <summary>
/// Answers whether one unit lies inside another's subtree. The tree belongs to the Organization module; other modules
/// ask through this, never by referencing that module.
/// </summary>
public interface IUnitHierarchy
{
    /// <summary>
    /// True when <paramref name="unitId"/> is <paramref name="scopeUnitId"/> or lies below it. Throws
    /// <see cref="UnitHierarchyUnavailableException"/> when the tree cannot be read.
    /// </summary>
    Task<bool> IsWithinAsync(string unitId, string scopeUnitId, CancellationToken cancellationToken = default);
}
