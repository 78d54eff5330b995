using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.GraphQL.Federation;

namespace Platform.Activities.GraphQL;

/// <summary>
/// A unit's projects, its brand projects and its brand-project quota. All units of a request load in one query; the
/// quota needs the unit's level and resident population, which the Organization module sends through <c>@requires</c>.
/// </summary>
[ExtendObjectType(typeof(ActivityOrgUnitRef))]
public sealed class ProjectUnitFields
{
    [GraphQLDescription("The projects the unit organizes, by name, optionally of one stage or library status.")]
    public async Task<IReadOnlyList<Project>> GetProjectsAsync(
        [Parent] ActivityOrgUnitRef unit, ProjectsByUnitLoader projects, CancellationToken cancellationToken, ProjectStage? stage = null, ProjectLibraryStatus? libraryStatus = null)
    {
        var all = await projects.LoadAsync(unit.Id, cancellationToken).ConfigureAwait(false);
        return [.. all.Where(p => (stage is null || p.Stage == stage) && (libraryStatus is null || p.LibraryStatus == libraryStatus))];
    }

    [GraphQLDescription("The unit's brand projects (品牌项目), by name.")]
    public async Task<IReadOnlyList<Project>> GetBrandProjectsAsync([Parent] ActivityOrgUnitRef unit, ProjectsByUnitLoader projects, CancellationToken cancellationToken) =>
        [.. (await projects.LoadAsync(unit.Id, cancellationToken).ConfigureAwait(false)).Where(p => p.IsBrand)];

    [Requires("level residentPopulation")]
    [GraphQLDescription(
        "The brand-project quota of seed 003 §五.4 (city ≥ 5 per million residents, county ≥ 10 at 500,000 residents or more else ≥ 5, " +
        "institute ≥ 3, station ≥ 1) against the unit's brand projects; null for levels without a quota.")]
    public async Task<BrandProjectQuota?> GetBrandProjectQuotaAsync([Parent] ActivityOrgUnitRef unit, ProjectsByUnitLoader projects, CancellationToken cancellationToken)
    {
        if (unit.KnownLevel is not { } level || !ProjectBrandQuotaRules.HasQuota(level))
        {
            return null;
        }

        var actual = (await projects.LoadAsync(unit.Id, cancellationToken).ConfigureAwait(false)).Count(p => p.IsBrand);
        var required = ProjectBrandQuotaRules.Required(level, unit.ResidentPopulation);
        return new BrandProjectQuota(level, required, actual, required is { } needed ? actual >= needed : null);
    }
}
