namespace Platform.Hosting.Hierarchy;

/// <summary>Where the unit tree is read from (configuration section <c>Platform</c>).</summary>
public sealed class UnitHierarchyOptions
{
    public const string Section = "Platform";

    /// <summary>The Organization subgraph's GraphQL endpoint; when unset, scopes match units exactly.</summary>
    public string? OrganizationUrl { get; set; }

    /// <summary>How long a unit's ancestors are reused before they are asked for again.</summary>
    public TimeSpan HierarchyCacheTtl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one request to the Organization subgraph may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
