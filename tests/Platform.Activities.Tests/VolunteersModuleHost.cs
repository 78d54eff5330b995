using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Platform.Testing;
using Platform.Volunteers;
using Platform.Volunteers.Domain;

namespace Platform.Activities.Tests;

/// <summary>
/// The real Volunteers module, wired as its Program.cs wires it, on 127.0.0.1 over a fresh PostgreSQL database, sharing
/// a signing key with the Activities host so the organizer's token forwarded by Activities is accepted here.
/// </summary>
public sealed class VolunteersModuleHost : ModuleTestHost
{
    /// <summary>The signing key both modules use in these tests (pass it to the Activities host as <c>Auth:SigningKey</c>).</summary>
    public const string SharedSigningKey = "activities-and-volunteers-tests-signing-key-0123456789";

    private VolunteersModuleHost(WebApplication app, string? connectionString)
        : base(app, connectionString)
    {
    }

    public static async Task<VolunteersModuleHost> StartAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("volunteers");
        var app = await StartModuleAsync(
            typeof(VolunteersModule).Assembly,
            VolunteersModule.DatabaseName,
            SharedSigningKey,
            connectionString,
            null,
            [new("Volunteers:DataKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))],
            builder => builder.AddVolunteersModule());
        return new VolunteersModuleHost(app, connectionString);
    }

    /// <summary>Registers a volunteer with <paramref name="unit"/> as home unit and returns their id.</summary>
    public async Task<string> RegisterAsync(string unit)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await PostAsync(
                "mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }",
                new { input = new { realName = "李四", idCardNumber = NewIdCardNumber(), phone = "139" + Random.Shared.Next(0, 100_000_000).ToString("00000000", CultureInfo.InvariantCulture), homeUnitId = unit } },
                Token("unit-admin", unit));
            if (attempt < 20 && response.HasErrors && response.ErrorCode() == "DUPLICATE_ID_CARD_NUMBER")
            {
                continue;
            }

            return response.Ok().GetProperty("registerVolunteer").GetProperty("id").GetString()!;
        }
    }

    private static string NewIdCardNumber()
    {
        var born = new DateOnly(1960, 1, 1).AddDays(Random.Shared.Next(0, 365 * 40));
        var body = "140105" + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + Random.Shared.Next(0, 1000).ToString("000", CultureInfo.InvariantCulture);
        return body + IdCardNumber.CheckDigit(body);
    }
}
