namespace Platform.Hosting.Hierarchy;

/// <summary>The Organization subgraph could not be asked for the unit tree (down, timed out, or answered with errors).</summary>
public sealed class UnitHierarchyUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
