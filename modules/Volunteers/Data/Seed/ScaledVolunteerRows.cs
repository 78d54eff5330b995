using Platform.Hosting.Synthetic;
using Platform.Hosting.Protection;
using Platform.Volunteers.Domain;
using Platform.Volunteers.GraphQL;

namespace Platform.Volunteers.Data.Seed;

/// <summary>
/// The rows the module would hold had each synthetic volunteer registered and had their service recorded through the
/// mutations: ID-card number and phone encrypted and the ID card hashed by the module's protector, one service record
/// version, the points it earned with its ledger line; and for the village, its ancestry (<paramref name="regionUnits"/>:
/// the village and the units above it, as the Organization module's synthetic tree has them) and its volunteer counts.
/// </summary>
internal sealed class ScaledVolunteerRows(PersonalDataProtector protector, PointsRules points, string villageId, IReadOnlyList<string> regionUnits)
{
    public const string RecordedBy = "synthetic-seed";

    public List<Volunteer> Volunteers { get; } = [];

    /// <summary>The village's ancestry rows (none when it has no volunteers).</summary>
    public IEnumerable<UnitAncestor> Ancestors =>
        Volunteers.Count == 0 ? [] : regionUnits.Select(unit => new UnitAncestor { UnitId = villageId, AncestorId = unit });

    /// <summary>The village's counts, as registrations and service records would have left them.</summary>
    public IEnumerable<HomeUnitCount> Counts => Volunteers.Count == 0 ? [] :
    [
        new HomeUnitCount
        {
            UnitId = villageId,
            Registered = Volunteers.Count,
            WithHours = Volunteers.Count(v => v.HasHours),
            PartyMembers = Volunteers.Count(v => v.PartyMember),
            PartyMembersWithHours = Volunteers.Count(v => v.PartyMember && v.HasHours),
        },
    ];

    public List<ServiceRecord> Records { get; } = [];

    public List<PointsEntry> PointsEntries { get; } = [];

    public void Add(SyntheticVolunteer volunteer)
    {
        var service = volunteer.Service;
        var earned = service is null ? 0 : points.ForMinutes(service.Minutes);
        var row = new Volunteer
        {
            Id = volunteer.Id,
            RealName = volunteer.RealName,
            PartyMember = volunteer.PartyMember,
            RegisteredAt = volunteer.RegisteredAt,
            HomeUnitId = volunteer.HomeUnitId,
            IdCardCipher = protector.Encrypt(volunteer.IdCardNumber, VolunteerFields.IdCardField),
            IdCardHash = protector.Hash(volunteer.IdCardNumber, VolunteerFields.IdCardField),
            PhoneCipher = protector.Encrypt(volunteer.Phone, VolunteerFields.PhoneField),
            PointsBalance = earned,
            HasHours = service is { Minutes: > 0 },
        };
        Volunteers.Add(row);
        if (service is null)
        {
            return;
        }

        var recordedAt = new DateTimeOffset(service.ServiceDate.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        Records.Add(new ServiceRecord
        {
            Id = service.RecordId,
            RecordId = service.RecordId,
            Version = 1,
            VolunteerId = volunteer.Id,
            ActivityId = service.ActivityId,
            UnitId = volunteer.HomeUnitId,
            ServiceDate = service.ServiceDate,
            Minutes = service.Minutes,
            Content = service.Content,
            RecordedBy = RecordedBy,
            RecordedAt = recordedAt,
        });
        if (earned > 0)
        {
            PointsEntries.Add(new PointsEntry
            {
                Id = service.RecordId,
                VolunteerId = volunteer.Id,
                Kind = PointsEntryKind.Earn,
                Points = earned,
                BalanceAfter = earned,
                IdempotencyKey = "service:" + service.RecordId,
                ServiceRecordVersionId = service.RecordId,
                CreatedAt = recordedAt,
            });
        }
    }
}
