using Microsoft.EntityFrameworkCore;
using Platform.Volunteers.Data;

namespace Platform.Volunteers.GraphQL;

/// <summary>The links of a service record version: its volunteer, its activity (another module's entity), its history.</summary>
[ExtendObjectType(typeof(ServiceRecord))]
public sealed class ServiceRecordFields
{
    public Task<Volunteer?> GetVolunteerAsync([Parent] ServiceRecord record, VolunteerByIdLoader volunteers, CancellationToken cancellationToken) =>
        volunteers.LoadAsync(record.VolunteerId, cancellationToken);

    [GraphQLDescription("The activity served (resolved by the Activities module).")]
    public Activity GetActivity([Parent] ServiceRecord record) => new(record.ActivityId);

    [GraphQLDescription("Every version of this record, oldest first.")]
    public async Task<IReadOnlyList<ServiceRecord>> GetHistoryAsync([Parent] ServiceRecord record, VolunteersContexts contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.ServiceRecords.Where(r => r.RecordId == record.RecordId).OrderBy(r => r.Version).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
