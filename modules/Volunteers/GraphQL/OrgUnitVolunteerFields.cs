using Platform.GraphQL.Federation;
using Platform.Volunteers.Domain;

namespace Platform.Volunteers.GraphQL;

/// <summary>
/// The volunteer figures of a unit [seeds 001-003]: registered volunteers and those with recorded hours (Shandong:
/// ≥ 15 % of residents, > 50 % with hours), party members' participation (≥ 80 %), and the shares of the resident
/// population, which comes from the Organization module through <c>@requires</c>. Counts cover the unit's subtree:
/// every volunteer whose home unit is the unit or lies below it (see <see cref="UnitStatsLoader"/>).
/// </summary>
[ExtendObjectType(typeof(OrgUnit))]
public sealed class OrgUnitVolunteerFields
{
    /// <summary>Any unit id is a unit here: a unit without volunteers has zero of everything.</summary>
    public static OrgUnit? ResolveReference([ID] string id, int? residentPopulation) =>
        EntityIds.IsWellFormed(id) ? new OrgUnit(id, residentPopulation) : null;

    [GraphQLDescription("Volunteers whose home unit is this unit or a unit below it.")]
    public async Task<int> GetRegisteredVolunteersAsync([Parent] OrgUnit unit, UnitStatsLoader stats, CancellationToken cancellationToken) =>
        (await LoadAsync(unit, stats, cancellationToken).ConfigureAwait(false)).Registered;

    [GraphQLDescription("Of those, volunteers with recorded service hours (a current, unrevoked record with time).")]
    public async Task<int> GetVolunteersWithHoursAsync([Parent] OrgUnit unit, UnitStatsLoader stats, CancellationToken cancellationToken) =>
        (await LoadAsync(unit, stats, cancellationToken).ConfigureAwait(false)).WithHours;

    [GraphQLDescription("Of those, volunteers who are party members.")]
    public async Task<int> GetPartyMemberVolunteersAsync([Parent] OrgUnit unit, UnitStatsLoader stats, CancellationToken cancellationToken) =>
        (await LoadAsync(unit, stats, cancellationToken).ConfigureAwait(false)).PartyMembers;

    [GraphQLDescription("Party members with hours / party members (target ≥ 0.8); null without party members.")]
    public async Task<double?> GetPartyMemberParticipationAsync([Parent] OrgUnit unit, UnitStatsLoader stats, CancellationToken cancellationToken)
    {
        var counts = await LoadAsync(unit, stats, cancellationToken).ConfigureAwait(false);
        return Ratio(counts.PartyMembersWithHours, counts.PartyMembers);
    }

    [Requires("residentPopulation")]
    [GraphQLDescription("Registered volunteers / resident population (Shandong target ≥ 0.15); null when the population is unknown.")]
    public async Task<double?> GetRegisteredVolunteerShareAsync([Parent] OrgUnit unit, UnitStatsLoader stats, CancellationToken cancellationToken) =>
        Ratio((await LoadAsync(unit, stats, cancellationToken).ConfigureAwait(false)).Registered, unit.ResidentPopulation);

    [Requires("residentPopulation")]
    [GraphQLDescription("Volunteers with hours / resident population (the 13 % participation target of Hebei and Shanxi).")]
    public async Task<double?> GetVolunteersWithHoursShareAsync([Parent] OrgUnit unit, UnitStatsLoader stats, CancellationToken cancellationToken) =>
        Ratio((await LoadAsync(unit, stats, cancellationToken).ConfigureAwait(false)).WithHours, unit.ResidentPopulation);

    [Requires("residentPopulation")]
    [GraphQLDescription("Party members with hours / resident population.")]
    public async Task<double?> GetPartyMembersWithHoursShareAsync([Parent] OrgUnit unit, UnitStatsLoader stats, CancellationToken cancellationToken) =>
        Ratio((await LoadAsync(unit, stats, cancellationToken).ConfigureAwait(false)).PartyMembersWithHours, unit.ResidentPopulation);

    private static async Task<UnitVolunteerStats> LoadAsync(OrgUnit unit, UnitStatsLoader stats, CancellationToken cancellationToken) =>
        await stats.LoadAsync(unit.Id, cancellationToken).ConfigureAwait(false) ?? UnitVolunteerStats.None;

    private static double? Ratio(int count, int? total) => total is > 0 ? (double)count / total.Value : null;
}
