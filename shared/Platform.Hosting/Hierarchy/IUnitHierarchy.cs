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

    /// <summary>
    /// The id of the unit directly above <paramref name="unitId"/>, or null for a root, an unknown unit, or when no tree is
    /// known. Throws <see cref="UnitHierarchyUnavailableException"/> when the tree cannot be read.
    /// </summary>
    Task<string?> GetParentAsync(string unitId, CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
