using Platform.GraphQL.Pagination;
using Platform.Organization.Data;
using Platform.Organization.Domain;

namespace Platform.Organization.GraphQL;

/// <summary>The tree fields of <see cref="OrgUnit"/>: parent and children batch through DataLoaders, ancestors come off the path, descendants are one range scan.</summary>
[ExtendObjectType(typeof(OrgUnit))]
public sealed class OrgUnitFields
{
    /// <summary>Federation: other subgraphs reference units by id; all references of a request load in one query.</summary>
    public static Task<OrgUnit?> ResolveReference([ID] string id, UnitByIdLoader units, CancellationToken cancellationToken) =>
        UnitIds.IsWellFormed(id) ? units.LoadAsync(id, cancellationToken) : Task.FromResult<OrgUnit?>(null);

    [GraphQLDescription("The unit this one sits under; null for a province.")]
    public async Task<OrgUnit?> GetParentAsync([Parent] OrgUnit unit, UnitByIdLoader units, CancellationToken cancellationToken) =>
        unit.ParentId is null ? null : await units.LoadAsync(unit.ParentId, cancellationToken).ConfigureAwait(false);

    [GraphQLDescription("The units directly under this one, ordered by name.")]
    public async Task<IReadOnlyList<OrgUnit>> GetChildrenAsync(
        [Parent] OrgUnit unit, ChildrenByParentLoader children, CancellationToken cancellationToken, bool includeArchived = false)
    {
        var all = await children.LoadAsync(unit.Id, cancellationToken).ConfigureAwait(false);
        return includeArchived ? all : all.Where(child => !child.Archived).ToArray();
    }

    [GraphQLDescription("The units above this one, from the root of its tree down to its parent.")]
    public async Task<IReadOnlyList<OrgUnit>> GetAncestorsAsync([Parent] OrgUnit unit, UnitByIdLoader units, CancellationToken cancellationToken)
    {
        var loaded = await units.LoadAsync(UnitPath.AncestorIds(unit.Path), cancellationToken).ConfigureAwait(false);
        return loaded.OfType<OrgUnit>().ToArray();
    }

    [GraphQLDescription("The units below this one (at most depth levels down when depth is given), in tree order.")]
    public async Task<Connection<OrgUnit>> GetDescendantsAsync(
        [Parent] OrgUnit unit,
        OrganizationContexts contexts,
        CancellationToken cancellationToken,
        int? depth = null,
        OrgLevel? level = null,
        bool includeArchived = false,
        int? first = null,
        string? after = null,
        int? last = null,
        string? before = null)
    {
        if (depth is < 1)
        {
            throw OrganizationErrors.Create(OrganizationErrors.InvalidDepth, "depth must be at least 1 (the children).");
        }

        await using var db = contexts.Create();
        var below = unit.Depth;
        var query = db.Units.InSubtree(unit.Path).Where(candidate => candidate.Depth > below);
        if (depth is { } levels)
        {
            var deepest = unit.Depth + levels;
            query = query.Where(candidate => candidate.Depth <= deepest);
        }

        if (level is { } wanted)
        {
            query = query.Where(candidate => candidate.Level == wanted);
        }

        if (!includeArchived)
        {
            query = query.Where(candidate => !candidate.Archived);
        }

        return await query.OrderBy(candidate => candidate.Path)
            .ToConnectionAsync(first, after, last, before, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("The unit's leadership posts and who holds them ex officio (centers, institutes, stations).")]
    public IReadOnlyList<LeadershipRole> GetLeadership([Parent] OrgUnit unit) => LeadershipRoles.For(unit.Level);
}
