using Platform.Hosting.Hierarchy;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Volunteers.Data;
using Platform.Hosting.Protection;
using Platform.Volunteers.Domain;

namespace Platform.Volunteers.GraphQL;

/// <summary>
/// The computed fields of <see cref="Volunteer"/>: personal data decrypted and masked unless the caller may see it
/// (the volunteer, their home unit's admin, a platform admin), the home unit as a federation reference, hours and stars.
/// </summary>
[ExtendObjectType(typeof(Volunteer))]
public sealed class VolunteerFields
{
    public const string IdCardField = "id_card";
    public const string PhoneField = "phone";

    /// <summary>Federation: other subgraphs reference volunteers by id; a request's references load in one query.</summary>
    public static Task<Volunteer?> ResolveReference([ID] string id, ClaimsPrincipal? user, VolunteerByIdLoader volunteers, CancellationToken cancellationToken)
    {
        VolunteerAccess.EnsureSignedIn(user);
        return EntityIds.IsWellFormed(id) ? volunteers.LoadAsync(id, cancellationToken) : Task.FromResult<Volunteer?>(null);
    }

    [GraphQLDescription("The ID-card number: in full to the volunteer and their home unit's administrators, otherwise masked (1401**********123X).")]
    public async Task<string> GetIdCardNumberAsync(
        [Parent] Volunteer volunteer, ClaimsPrincipal? user, PersonalDataProtector protector, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        var number = protector.Decrypt(volunteer.IdCardCipher, IdCardField);
        return await VolunteerAccess.MaySeePersonalDataAsync(user, volunteer.Id, volunteer.HomeUnitId, hierarchy, cancellationToken).ConfigureAwait(false) ? number : IdCardNumber.Mask(number);
    }

    [GraphQLDescription("The mobile phone: in full to the volunteer and their home unit's administrators, otherwise masked (138****5678).")]
    public async Task<string> GetPhoneAsync(
        [Parent] Volunteer volunteer, ClaimsPrincipal? user, PersonalDataProtector protector, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        var number = protector.Decrypt(volunteer.PhoneCipher, PhoneField);
        return await VolunteerAccess.MaySeePersonalDataAsync(user, volunteer.Id, volunteer.HomeUnitId, hierarchy, cancellationToken).ConfigureAwait(false) ? number : PhoneNumber.Mask(number);
    }

    [GraphQLDescription("The practice unit the volunteer registered with (resolved by the Organization module).")]
    public OrgUnit GetHomeUnit([Parent] Volunteer volunteer) => new(volunteer.HomeUnitId, null);

    [GraphQLDescription("Accumulated service hours (current, unrevoked records).")]
    public async Task<double> GetTotalHoursAsync([Parent] Volunteer volunteer, ServiceMinutesLoader minutes, CancellationToken cancellationToken) =>
        ServiceHours.ToHours(await minutes.LoadAsync(volunteer.Id, cancellationToken).ConfigureAwait(false));

    [GraphQLDescription("Star level 0-5 by accumulated hours: 100, 300, 600, 1000, 1500 hours make 1-5 stars.")]
    public async Task<int> GetStarLevelAsync([Parent] Volunteer volunteer, ServiceMinutesLoader minutes, CancellationToken cancellationToken) =>
        StarLevel.ForMinutes(await minutes.LoadAsync(volunteer.Id, cancellationToken).ConfigureAwait(false));

    [GraphQLDescription("The volunteer's service records, newest service first: current versions, or every version with includeHistory.")]
    public async Task<IReadOnlyList<ServiceRecord>> GetServiceRecordsAsync(
        [Parent] Volunteer volunteer, VolunteersContexts contexts, CancellationToken cancellationToken, bool includeHistory = false)
    {
        await using var db = contexts.Create();
        var records = includeHistory ? db.ServiceRecords : db.Current();
        return await records.Where(r => r.VolunteerId == volunteer.Id)
            .OrderByDescending(r => r.ServiceDate).ThenBy(r => r.RecordId).ThenBy(r => r.Version)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("Points in the points bank (积分银行), never below zero; null to anyone but the volunteer and their home unit's administrators.")]
    public async Task<long?> GetPointsBalanceAsync(
        [Parent] Volunteer volunteer, ClaimsPrincipal? user, IUnitHierarchy hierarchy, CancellationToken cancellationToken) =>
        await VolunteerAccess.MaySeePersonalDataAsync(user, volunteer.Id, volunteer.HomeUnitId, hierarchy, cancellationToken).ConfigureAwait(false)
            ? volunteer.PointsBalance : null;

    [GraphQLDescription("The points ledger, oldest first; only the volunteer and their home unit's administrators may read it.")]
    public async Task<IReadOnlyList<PointsEntry>> GetPointsLedgerAsync(
        [Parent] Volunteer volunteer, ClaimsPrincipal? user, VolunteersContexts contexts, IUnitHierarchy hierarchy, CancellationToken cancellationToken)
    {
        if (!await VolunteerAccess.MaySeePersonalDataAsync(user, volunteer.Id, volunteer.HomeUnitId, hierarchy, cancellationToken).ConfigureAwait(false))
        {
            throw VolunteerErrors.Create(VolunteerErrors.Forbidden, "Only the volunteer and their home unit's administrators may read the points ledger.");
        }

        await using var db = contexts.Create();
        var entries = await db.PointsEntries.Where(e => e.VolunteerId == volunteer.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. entries.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)];
    }

    [GraphQLDescription("The teams the volunteer belongs to.")]
    public async Task<IReadOnlyList<Team>> GetTeamsAsync([Parent] Volunteer volunteer, VolunteersContexts contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Teams.Where(t => db.TeamMembers.Any(m => m.TeamId == t.Id && m.VolunteerId == volunteer.Id))
            .OrderBy(t => t.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
