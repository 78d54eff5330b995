using System.Text.Json;
using Platform.Testing;

namespace Platform.Volunteers.Tests;

/// <summary>Shorthands over the module's GraphQL API for the tests.</summary>
public static class VolunteerClient
{
    public const string Register = "mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }";
    public const string Record = "mutation($input: RecordServiceInput!) { recordService(input: $input) { id recordId version hours } }";
    public const string Redeem = "mutation($input: RedeemPointsInput!) { redeemPoints(input: $input) { id points balanceAfter idempotencyKey } }";

    /// <summary>A fresh unit id (units live in the Organization module; here they are only ids).</summary>
    public static string NewUnit() => Guid.NewGuid().ToString("N");

    /// <summary>A valid GB 11643 ID-card number (Taiyuan region 140105) with a random birth date and sequence.</summary>
    public static string NewIdCardNumber()
    {
        var born = new DateOnly(1950, 1, 1).AddDays(Random.Shared.Next(0, 365 * 55));
        var body = "140105" + born.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)
            + Random.Shared.Next(0, 1000).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        return body + Domain.IdCardNumber.CheckDigit(body);
    }

    public static string NewPhone() => "138" + Random.Shared.Next(0, 100_000_000).ToString("00000000", System.Globalization.CultureInfo.InvariantCulture);

    public static object RegistrationInput(string unit, string? idCard = null, string? phone = null, bool partyMember = false, string name = "张三") =>
        new { realName = name, idCardNumber = idCard ?? NewIdCardNumber(), phone = phone ?? NewPhone(), homeUnitId = unit, partyMember, skills = new[] { "宣讲" } };

    public static async Task<string> RegisterAsync(this VolunteersHost host, string unit, string? idCard = null, string? phone = null, bool partyMember = false)
    {
        // Random ID-card numbers may (rarely) collide; retry on the duplicate refusal with a new one.
        for (var attempt = 0; ; attempt++)
        {
            var response = await host.PostAsync(Register, new { input = RegistrationInput(unit, idCard, phone, partyMember) }, host.UnitAdmin(unit));
            if (idCard is null && attempt < 20 && response.HasErrors && response.ErrorCode() == "DUPLICATE_ID_CARD_NUMBER")
            {
                continue;
            }

            return response.Ok().GetProperty("registerVolunteer").GetProperty("id").GetString()!;
        }
    }

    public static Task<GraphQLResponse> RecordRawAsync(this VolunteersHost host, string volunteer, string unit, double hours, string date = "2026-03-01", string? token = null) =>
        host.PostAsync(Record, new { input = new { volunteerId = volunteer, activityId = "activity-" + unit[..8], unitId = unit, serviceDate = date, hours, content = "宣讲活动" } },
            token ?? host.UnitAdmin(unit));

    public static async Task<string> RecordAsync(this VolunteersHost host, string volunteer, string unit, double hours, string date = "2026-03-01") =>
        (await host.RecordRawAsync(volunteer, unit, hours, date)).Ok().GetProperty("recordService").GetProperty("id").GetString()!;

    public static async Task<JsonElement> VolunteerAsync(this VolunteersHost host, string id, string selection, string? token = null)
    {
        var response = await host.PostAsync($"query($id: ID!) {{ volunteer(id: $id) {{ {selection} }} }}", new { id }, token ?? host.PlatformAdmin());
        return response.Ok().GetProperty("volunteer");
    }

    public static Task<GraphQLResponse> RedeemRawAsync(this VolunteersHost host, string volunteer, long points, string key, string token) =>
        host.PostAsync(Redeem, new { input = new { volunteerId = volunteer, points, idempotencyKey = key } }, token);
}
