using System.Globalization;

namespace Platform.Hosting.Synthetic;

/// <summary>
/// The volunteers of a synthetic village, the same on every run: 15 % of its residents registered (Shandong's target,
/// seed 003 §三.2), about 12 % of them party members; party members have service hours with probability 0.85 (the
/// ≥ 80 % participation target) and the others with 0.55, so well over half have hours. ID-card numbers are valid
/// (GB 11643 check digit), region code the county's, and unique across the province; phones are mobile numbers.
/// </summary>
public static class SyntheticVolunteers
{
    public const double RegisteredShare = 0.15;
    public const double PartyMemberShare = 0.12;
    public const double PartyMemberHoursChance = 0.85;
    public const double OtherHoursChance = 0.55;

    /// <summary>ID-card numbers: birth dates from 1950-01-01 over this many days, three-digit sequence numbers.</summary>
    private const long BirthDays = 21_000;
    private const long IdCardSlots = BirthDays * 1_000;

    /// <summary>Coprime with <see cref="IdCardSlots"/> (2⁶·3·5⁶·7): multiplying by it permutes the slots.</summary>
    private const long Scatter = 10_000_019;
    private const int MaxPerVillage = 10_000;

    private static readonly DateOnly FirstBirthDate = new(1950, 1, 1);
    private static readonly DateTimeOffset FirstRegistration = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly FirstServiceDate = new(2026, 1, 1);
    private static readonly string[] Contents = ["理论政策宣讲", "文明交通劝导", "卫生环境整治", "关爱空巢老人", "助学支教", "义诊健康咨询", "移风易俗宣传", "便民理发维修"];

    /// <summary>How many volunteers a village has: 15 % of its residents, rounded.</summary>
    public static int CountFor(SyntheticUnit village) =>
        village.Level == SyntheticLevel.Village ? (int)Math.Round(village.ResidentPopulation * RegisteredShare, MidpointRounding.AwayFromZero) : 0;

    /// <summary>The volunteers whose home unit is <paramref name="village"/> (none for other levels).</summary>
    public static IEnumerable<SyntheticVolunteer> Of(SyntheticUnit village)
    {
        var count = CountFor(village);
        if (count >= MaxPerVillage)
        {
            throw new InvalidOperationException($"{village.Name} would have {count} volunteers; ID-card numbers allow {MaxPerVillage - 1} per village.");
        }

        var random = new SyntheticRandom("volunteers/" + village.Id);
        var recordPrefix = SyntheticIds.Of("service-records/" + village.Id)[..24];
        var region = village.AdministrativeCode[..6];
        var township = village.ParentId!;
        for (var i = 0; i < count; i++)
        {
            var party = random.Chance(PartyMemberShare);
            var hasHours = random.Chance(party ? PartyMemberHoursChance : OtherHoursChance);
            var suffix = i.ToString("x8", CultureInfo.InvariantCulture);
            yield return new SyntheticVolunteer(
                village.Id[..24] + suffix,
                village.Id,
                SyntheticNames.Person(random),
                IdCard(region, (long)village.CountyOrdinal * MaxPerVillage + i),
                "1" + (char)('3' + random.Next(7)) + random.Next(1_000_000_000).ToString("D9", CultureInfo.InvariantCulture),
                party,
                FirstRegistration.AddMinutes(random.Next(6 * 365 * 24 * 60)),
                hasHours ? Service(random, recordPrefix + suffix, township) : null);
        }
    }

    /// <summary>A valid ID-card number; distinct <paramref name="number"/>s in one region give distinct numbers.</summary>
    internal static string IdCard(string region, long number)
    {
        if (number >= IdCardSlots)
        {
            throw new InvalidOperationException($"Too many volunteers in region {region} for distinct ID-card numbers.");
        }

        var slot = number * Scatter % IdCardSlots;
        var birth = FirstBirthDate.AddDays((int)(slot / 1_000));
        var first17 = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (slot % 1_000).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + CheckDigit(first17);
    }

    private static SyntheticService Service(SyntheticRandom random, string recordId, string townshipId) => new(
        recordId,
        SyntheticIds.Of("activities/" + townshipId + "/" + random.Next(4).ToString(CultureInfo.InvariantCulture)),
        FirstServiceDate.AddDays(random.Next(300)),
        30 * (1 + random.Next(8)),
        random.Pick(Contents));

    private static char CheckDigit(string first17)
    {
        ReadOnlySpan<int> weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * weights[i];
        }

        return "10X98765432"[sum % 11];
    }
}
