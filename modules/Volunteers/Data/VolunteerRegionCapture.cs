using Platform.Hosting.Hierarchy;
using Platform.Volunteers.Domain;

namespace Platform.Volunteers.Data;

/// <summary>
/// The units a volunteer counts in: the home unit and its ancestors, read from the Organization subgraph when the volunteer
/// registers or moves (so unit figures never call the hierarchy per row). Without a configured Organization subgraph only
/// the home unit itself is known. A unit moved in the tree later keeps the ancestry captured before until a volunteer
/// next registers with it or moves to it.
/// </summary>
public sealed class VolunteerRegionCapture(IUnitHierarchy hierarchy)
{
    public const string OrganizationUnavailable = "ORGANIZATION_UNAVAILABLE";

    /// <summary>The home unit and its ancestors; a GraphQL error with <see cref="OrganizationUnavailable"/> when the tree cannot be read.</summary>
    public async Task<IReadOnlyCollection<string>> UnitsOfAsync(string homeUnitId, CancellationToken cancellationToken)
    {
        var units = new HashSet<string>(StringComparer.Ordinal) { homeUnitId };
        if (hierarchy is HttpUnitHierarchy tree)
        {
            try
            {
                var ancestors = await tree.GetAncestorsAsync([homeUnitId], cancellationToken).ConfigureAwait(false);
                units.UnionWith(ancestors[homeUnitId]);
            }
            catch (UnitHierarchyUnavailableException error)
            {
                throw VolunteerErrors.Create(OrganizationUnavailable,
                    "The unit tree cannot be read right now, so the units the volunteer counts in are unknown; nothing was saved, try again later. " + error.Message);
            }
        }

        return units;
    }
}
