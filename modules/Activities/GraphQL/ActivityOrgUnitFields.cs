using System.Security.Claims;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.GraphQL.Pagination;

namespace Platform.Activities.GraphQL;

/// <summary>A unit's activities and its yearly counts, all units of a request loaded together.</summary>
[ExtendObjectType(typeof(ActivityOrgUnitRef))]
public sealed class ActivityOrgUnitFields
{
    /// <summary>
    /// Federation: any well-formed unit id resolves; whether the unit exists is the Organization module's to say. Level
    /// and population come along when a field requires them.
    /// </summary>
    public static ActivityOrgUnitRef? ResolveReference([ID] string id, string? level = null, int? residentPopulation = null) =>
        EntityIds.IsWellFormed(id) ? new(id, ActivityOrgUnitRef.ParseLevel(level), residentPopulation) : null;

    [GraphQLDescription("Activities the unit organizes, newest first (no drafts; internal ones only for signed-in callers).")]
    public async Task<Connection<Activity>> GetActivitiesAsync(
        [Parent] ActivityOrgUnitRef unit, ClaimsPrincipal? user, ActivitiesByUnitLoader activities, CancellationToken cancellationToken,
        [GraphQLDescription("A calendar year in China time.")] int? year = null, PracticeContent? content = null, int? first = null, string? after = null)
    {
        if (year is { } wanted)
        {
            ActivityClock.Year(wanted);
        }

        var key = new UnitActivitiesKey(unit.Id, year, content, user?.Identity?.IsAuthenticated == true);
        var all = await activities.LoadAsync(key, cancellationToken).ConfigureAwait(false);
        return await all.AsQueryable().OrderByDescending(a => a.StartsAt).ThenBy(a => a.Id, StringComparer.Ordinal).ToConnectionAsync(first, after, null, null, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("How many activities the unit held in a year by practice content, against the ≥ 12 a year and theory-lecture quotas.")]
    public async Task<ActivityCounts> GetActivityCountsAsync([Parent] ActivityOrgUnitRef unit, int year, ActivityCountsByUnitLoader counts, CancellationToken cancellationToken)
    {
        ActivityClock.Year(year);
        return await counts.LoadAsync((unit.Id, year), cancellationToken).ConfigureAwait(false)
            ?? ActivityCounts.Of(year, new Dictionary<PracticeContent, int>());
    }
}
