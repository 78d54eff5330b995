using Platform.Activities.Domain;
using Platform.Hosting.Hierarchy;

namespace Platform.Activities.Data;

/// <summary>
/// The units an activity lies within: its organizing unit and that unit's ancestors, read once from the Organization
/// subgraph when the activity is created (no per-row hierarchy calls when the feed filters by region). Without a
/// configured Organization subgraph only the organizing unit itself is known. A unit moved later keeps its past
/// activities in the regions they were created in.
/// </summary>
public sealed class ActivityRegionCapture(IUnitHierarchy hierarchy)
{
    public const string OrganizationUnavailable = "ORGANIZATION_UNAVAILABLE";

    public async Task<List<ActivityRegion>> CaptureAsync(string activityId, string unitId, CancellationToken cancellationToken)
    {
        var units = new HashSet<string>(StringComparer.Ordinal) { unitId };
        if (hierarchy is HttpUnitHierarchy tree)
        {
            try
            {
                var ancestors = await tree.GetAncestorsAsync([unitId], cancellationToken).ConfigureAwait(false);
                units.UnionWith(ancestors[unitId]);
            }
            catch (UnitHierarchyUnavailableException error)
            {
                throw ActivityErrors.Create(OrganizationUnavailable, "The unit tree cannot be read right now, so the activity's region is unknown; try again later. " + error.Message);
            }
        }

        return [.. units.Select(unit => new ActivityRegion { ActivityId = activityId, UnitId = unit })];
    }
}
