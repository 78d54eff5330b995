using System.Text;
using Npgsql;
using Platform.Hosting.Security;

namespace Platform.Volunteers.Tests;

/// <summary>ID-card numbers and phones: in full only to the volunteer, their home unit's admins and platform admins; never plaintext at rest.</summary>
public sealed class PersonalDataTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private VolunteersHost Host => fixture.Host;

    public static TheoryData<string, bool> Callers => new()
    {
        { "platform-admin", true },
        { "home-unit-admin", true },
        { "self", true },
        { "other-unit-admin", false },
        { "province-admin-of-home-unit", true },
        { "province-admin-of-another-unit", false },
        { "other-volunteer", false },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Each_role_sees_the_id_card_number_and_phone_as_it_should(string caller, bool full)
    {
        var unit = VolunteerClient.NewUnit();
        var (id, idCard, phone) = await RegisterKnownAsync(unit);
        var token = caller switch
        {
            "platform-admin" => Host.PlatformAdmin(),
            "home-unit-admin" => Host.UnitAdmin(unit),
            "self" => Host.Token(PlatformRoles.Volunteer, volunteerId: id),
            "other-unit-admin" => Host.UnitAdmin(VolunteerClient.NewUnit()),
            "province-admin-of-home-unit" => Host.Token(PlatformRoles.ProvinceAdmin, unit),
            "province-admin-of-another-unit" => Host.Token(PlatformRoles.ProvinceAdmin, VolunteerClient.NewUnit()),
            _ => Host.Token(PlatformRoles.Volunteer, volunteerId: VolunteerClient.NewUnit()),
        };

        var volunteer = await Host.VolunteerAsync(id, "idCardNumber phone pointsBalance", token);
        var ledger = await Host.PostAsync("query($id: ID!) { volunteer(id: $id) { pointsBalance pointsLedger { points } } }", new { id }, token);

        Assert.Equal(full ? idCard : idCard[..4] + "**********" + idCard[14..], volunteer.GetProperty("idCardNumber").GetString());
        Assert.Equal(full ? phone : "138****" + phone[7..], volunteer.GetProperty("phone").GetString());
        Assert.Equal(full, !ledger.HasErrors);
        Assert.Equal(full ? System.Text.Json.JsonValueKind.Number : System.Text.Json.JsonValueKind.Null, volunteer.GetProperty("pointsBalance").ValueKind);
    }

    [Fact]
    public async Task Anonymous_callers_read_no_volunteer()
    {
        var (id, _, phone) = await RegisterKnownAsync(VolunteerClient.NewUnit());

        var response = await Host.PostAsync("query($id: ID!) { volunteer(id: $id) { realName phone } }", new { id });

        Assert.Equal("UNAUTHENTICATED", response.ErrorCode());
        Assert.DoesNotContain(phone[7..], response.Text);
    }

    [Fact]
    public async Task The_database_holds_no_plaintext_id_card_number_or_phone()
    {
        var (id, idCard, phone) = await RegisterKnownAsync(VolunteerClient.NewUnit());

        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT id_card_cipher, id_card_hash, phone_cipher, row_to_json(v)::text FROM volunteers v WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var idCardCipher = (byte[])reader[0];
        var hash = (byte[])reader[1];
        var phoneCipher = (byte[])reader[2];
        var row = reader.GetString(3);

        foreach (var secret in new[] { idCard, phone, idCard[..10], phone[3..] })
        {
            Assert.DoesNotContain(secret, row);
            Assert.False(Contains(idCardCipher, Encoding.UTF8.GetBytes(secret)) || Contains(phoneCipher, Encoding.UTF8.GetBytes(secret)) || Contains(hash, Encoding.UTF8.GetBytes(secret)));
        }

        Assert.Equal(1 + 12 + 16 + idCard.Length, idCardCipher.Length);
        Assert.Equal(32, hash.Length);
        Assert.NotEqual(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(idCard)), hash);
    }

    [Fact]
    public async Task The_same_phone_encrypts_differently_each_time()
    {
        var phone = VolunteerClient.NewPhone();
        var first = await Host.RegisterAsync(VolunteerClient.NewUnit(), phone: phone);
        var second = await Host.RegisterAsync(VolunteerClient.NewUnit(), phone: phone);

        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT phone_cipher FROM volunteers WHERE id = @a OR id = @b", connection);
        command.Parameters.AddWithValue("a", first);
        command.Parameters.AddWithValue("b", second);
        var ciphers = new List<byte[]>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ciphers.Add((byte[])reader[0]);
            }
        }

        Assert.Equal(2, ciphers.Count);
        Assert.NotEqual(ciphers[0], ciphers[1]);
    }

    private async Task<(string Id, string IdCard, string Phone)> RegisterKnownAsync(string unit)
    {
        var idCard = VolunteerClient.NewIdCardNumber();
        var phone = VolunteerClient.NewPhone();
        return (await Host.RegisterAsync(unit, idCard, phone), idCard, phone);
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
