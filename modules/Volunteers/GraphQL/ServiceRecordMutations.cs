using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Hosting.Data;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Domain;

namespace Platform.Volunteers.GraphQL;

/// <summary>
/// Service records, by the organizing unit's administrators: recording, correcting (a new version linked to the old)
/// and revoking (a new, empty version). Each write locks the volunteer (the 24-hours-a-day rule reads before it adds)
/// adjusts the points ledger and the volunteer's with-hours flag in the same transaction.
/// </summary>
[ExtendObjectType("Mutation")]
public sealed class ServiceRecordMutations
{
    public const int MaxActivityIdLength = 64;

    [GraphQLDescription("Records a volunteer's service time for an activity of the organizing unit.")]
    public async Task<ServiceRecord> RecordServiceAsync(
        RecordServiceInput input, ClaimsPrincipal? user, VolunteersDbContext db, IUnitHierarchy hierarchy, PointsLedger ledger, TimeProvider clock, CancellationToken cancellationToken)
    {
        EntityIds.Ensure(input.UnitId, "unit");
        EntityIds.Ensure(input.VolunteerId, "volunteer");
        await VolunteerAccess.EnsureUnitAdminAsync(user, input.UnitId, "record service for its activities", hierarchy, cancellationToken).ConfigureAwait(false);
        var activityId = TextRules.Required(input.ActivityId, "An activity id", MaxActivityIdLength, VolunteerErrors.InvalidId);
        var id = EntityIds.New();
        var version = new ServiceRecord
        {
            Id = id,
            RecordId = id,
            Version = 1,
            VolunteerId = input.VolunteerId,
            ActivityId = activityId,
            UnitId = input.UnitId,
            ServiceDate = ServiceDate(input.ServiceDate, clock),
            Minutes = ServiceHours.ToMinutes(input.Hours),
            Content = TextRules.Required(input.Content, "The service content", VolunteersDbContext.MaxContentLength),
            Rating = Rating(input.Rating),
            RecordedBy = user!.FindFirst(PlatformClaims.Subject)?.Value ?? "unknown",
            RecordedAt = clock.GetUtcNow(),
        };
        return await SaveVersionAsync(db, ledger, version, null, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("Corrects a record: adds a version with the new values; the old version stays in the history.")]
    public async Task<ServiceRecord> CorrectServiceRecordAsync(
        [ID] string id, CorrectServiceInput input, ClaimsPrincipal? user, VolunteersDbContext db, IUnitHierarchy hierarchy, PointsLedger ledger, TimeProvider clock, CancellationToken cancellationToken)
    {
        var current = await FindChangeableAsync(db, id, user, hierarchy, "correct", cancellationToken).ConfigureAwait(false);
        var version = NextVersion(current, user!, clock, TextRules.Required(input.Reason, "The reason", VolunteersDbContext.MaxContentLength), revoked: false,
            minutes: input.Hours is { } hours ? ServiceHours.ToMinutes(hours) : current.Minutes,
            serviceDate: input.ServiceDate is { } date ? ServiceDate(date, clock) : current.ServiceDate,
            content: input.Content is null ? current.Content : TextRules.Required(input.Content, "The service content", VolunteersDbContext.MaxContentLength),
            rating: input.Rating is null ? current.Rating : Rating(input.Rating));
        return await SaveVersionAsync(db, ledger, version, current, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("Revokes a record: adds an empty version saying why; its time and points no longer count.")]
    public async Task<ServiceRecord> RevokeServiceRecordAsync(
        [ID] string id, string reason, ClaimsPrincipal? user, VolunteersDbContext db, IUnitHierarchy hierarchy, PointsLedger ledger, TimeProvider clock, CancellationToken cancellationToken)
    {
        var current = await FindChangeableAsync(db, id, user, hierarchy, "revoke", cancellationToken).ConfigureAwait(false);
        var version = NextVersion(current, user!, clock, TextRules.Required(reason, "The reason", VolunteersDbContext.MaxContentLength), revoked: true,
            minutes: 0, serviceDate: current.ServiceDate, content: current.Content, rating: null);
        return await SaveVersionAsync(db, ledger, version, current, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ServiceRecord> SaveVersionAsync(
        VolunteersDbContext db, PointsLedger ledger, ServiceRecord version, ServiceRecord? previous, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await VolunteerLock.AcquireAsync(db, version.VolunteerId, cancellationToken).ConfigureAwait(false))
        {
            throw VolunteerErrors.Create(VolunteerErrors.VolunteerNotFound, $"No volunteer has the id \"{version.VolunteerId}\".");
        }

        if (!version.Revoked)
        {
            var sameDay = await db.MinutesOnDayAsync(version.VolunteerId, version.ServiceDate, previous?.Id, cancellationToken).ConfigureAwait(false);
            ServiceHours.EnsureFitsDay(version.ServiceDate, sameDay, version.Minutes);
        }

        db.ServiceRecords.Add(version);
        await ledger.ApplyServiceChangeAsync(version, previous, version.RecordedAt, cancellationToken).ConfigureAwait(false);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException raced) when (UniqueViolation.Is(raced, "ux_service_records_previous_version"))
        {
            throw VolunteerErrors.Create(VolunteerErrors.RecordSuperseded, "Another correction of this version was saved first; correct the current version.");
        }

        await VolunteerHoursFlag.RefreshAsync(db, version.VolunteerId, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return version;
    }

    private static async Task<ServiceRecord> FindChangeableAsync(VolunteersDbContext db, string id, ClaimsPrincipal? user, IUnitHierarchy hierarchy, string action, CancellationToken cancellationToken)
    {
        EntityIds.Ensure(id, "service record");
        VolunteerAccess.EnsureSignedIn(user);
        var version = await db.ServiceRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw VolunteerErrors.Create(VolunteerErrors.RecordNotFound, $"No service record version has the id \"{id}\".");
        await VolunteerAccess.EnsureUnitAdminAsync(user, version.UnitId, $"{action} its service records", hierarchy, cancellationToken).ConfigureAwait(false);
        if (await db.ServiceRecords.AnyAsync(r => r.PreviousVersionId == id, cancellationToken).ConfigureAwait(false))
        {
            throw VolunteerErrors.Create(VolunteerErrors.RecordSuperseded, $"Version {version.Version} of this record has been replaced; {action} the current version.");
        }

        return version.Revoked
            ? throw VolunteerErrors.Create(VolunteerErrors.RecordRevoked, $"This record was revoked; it cannot be {action}ed.")
            : version;
    }

    private static ServiceRecord NextVersion(
        ServiceRecord current, ClaimsPrincipal user, TimeProvider clock, string reason, bool revoked, int minutes, DateOnly serviceDate, string content, int? rating) => new()
    {
        Id = EntityIds.New(),
        RecordId = current.RecordId,
        Version = current.Version + 1,
        PreviousVersionId = current.Id,
        VolunteerId = current.VolunteerId,
        ActivityId = current.ActivityId,
        UnitId = current.UnitId,
        ServiceDate = serviceDate,
        Minutes = minutes,
        Content = content,
        Rating = rating,
        Revoked = revoked,
        Reason = reason,
        RecordedBy = user.FindFirst(PlatformClaims.Subject)?.Value ?? "unknown",
        RecordedAt = clock.GetUtcNow(),
    };

    /// <summary>Not after today in China (UTC+8), where the service happened.</summary>
    private static DateOnly ServiceDate(DateOnly date, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8));
        return date <= today ? date : throw VolunteerErrors.Create(VolunteerErrors.InvalidText, $"The service date {date:yyyy-MM-dd} is in the future.");
    }

    private static int? Rating(int? rating) =>
        rating is null or (>= 1 and <= 5) ? rating : throw VolunteerErrors.Create(VolunteerErrors.InvalidText, "A rating is 1 to 5.");
}
