using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Hosting.Data;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Protection;
using Platform.Volunteers.Data;
using Platform.Volunteers.Domain;

namespace Platform.Volunteers.GraphQL;

/// <summary>
/// Registration. Each mutation checks, in order: a signed-in caller, the caller's scope, then the rules; any failure
/// is a GraphQL error with a code, and nothing is saved.
/// </summary>
public sealed class VolunteersMutation
{
    public const int MaxSkills = 20;

    [GraphQLDescription("Registers a volunteer with a unit (real name, ID-card number, phone). One registration per ID-card number. The volunteer counts in the figures of that unit and every unit above it.")]
    public async Task<Volunteer> RegisterVolunteerAsync(
        RegisterVolunteerInput input, ClaimsPrincipal? user, VolunteersDbContext db, IUnitHierarchy hierarchy, VolunteerRegionCapture regions, PersonalDataProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        EntityIds.Ensure(input.HomeUnitId, "unit");
        await VolunteerAccess.EnsureUnitAdminAsync(user, input.HomeUnitId, "register volunteers into it", hierarchy, cancellationToken).ConfigureAwait(false);
        var idCard = IdCardNumber.Normalize(input.IdCardNumber);
        var phone = PhoneNumber.Normalize(input.Phone);
        var volunteer = new Volunteer
        {
            Id = EntityIds.New(),
            RealName = TextRules.Required(input.RealName, "A real name", VolunteersDbContext.MaxNameLength, VolunteerErrors.InvalidName),
            NationalNumber = NationalNumber(input.NationalNumber),
            PartyMember = input.PartyMember,
            Skills = Skills(input.Skills),
            HomeUnitId = input.HomeUnitId,
            IdCardCipher = protector.Encrypt(idCard, VolunteerFields.IdCardField),
            IdCardHash = protector.Hash(idCard, VolunteerFields.IdCardField),
            PhoneCipher = protector.Encrypt(phone, VolunteerFields.PhoneField),
            RegisteredAt = clock.GetUtcNow(),
        };
        var units = await regions.UnitsOfAsync(input.HomeUnitId, cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        db.Volunteers.Add(volunteer);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException duplicate) when (UniqueViolation.Is(duplicate, "ux_volunteers_id_card_hash"))
        {
            throw VolunteerErrors.Create(VolunteerErrors.DuplicateIdCardNumber, "A volunteer with this ID-card number is already registered.");
        }
        catch (DbUpdateException duplicate) when (UniqueViolation.Is(duplicate, "ux_volunteers_national_number"))
        {
            throw VolunteerErrors.Create(VolunteerErrors.DuplicateNationalNumber, "A volunteer with this national volunteer number is already registered.");
        }

        await VolunteerRegions.RecordAncestryAsync(db, volunteer.HomeUnitId, units, cancellationToken).ConfigureAwait(false);
        await VolunteerRegions.CountAsync(db, volunteer.HomeUnitId, volunteer.PartyMember, hasHours: false, sign: 1, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return volunteer;
    }

    private static string? NationalNumber(string? value)
    {
        var number = TextRules.Optional(value, "The national volunteer number", 32);
        return number is null || number.All(char.IsAsciiLetterOrDigit)
            ? number
            : throw VolunteerErrors.Create(VolunteerErrors.InvalidNationalNumber, "A national volunteer number has letters and digits only.");
    }

    private static List<string> Skills(IReadOnlyList<string>? skills)
    {
        var list = (skills ?? []).Select(skill => TextRules.Required(skill, "A skill", 50)).Distinct().ToList();
        return list.Count <= MaxSkills ? list : throw VolunteerErrors.Create(VolunteerErrors.InvalidText, $"At most {MaxSkills} skills.");
    }
}
