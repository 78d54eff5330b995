namespace Platform.Volunteers.Tests;

/// <summary>Registration: ID-card numbers validated by GB 11643 and unique (by keyed hash), phones validated, refusals coded.</summary>
public sealed class RegistrationTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private VolunteersHost Host => fixture.Host;

    [Fact]
    public async Task A_registered_volunteer_reads_back_with_their_unit_and_data()
    {
        var unit = VolunteerClient.NewUnit();
        var idCard = VolunteerClient.NewIdCardNumber();

        var id = await Host.RegisterAsync(unit, idCard, "13812345678", partyMember: true);
        var volunteer = await Host.VolunteerAsync(id, "realName partyMember skills idCardNumber phone homeUnit { id } totalHours starLevel pointsBalance");

        Assert.Equal("张三", volunteer.GetProperty("realName").GetString());
        Assert.True(volunteer.GetProperty("partyMember").GetBoolean());
        Assert.Equal("宣讲", volunteer.GetProperty("skills")[0].GetString());
        Assert.Equal(idCard, volunteer.GetProperty("idCardNumber").GetString());
        Assert.Equal("13812345678", volunteer.GetProperty("phone").GetString());
        Assert.Equal(unit, volunteer.GetProperty("homeUnit").GetProperty("id").GetString());
        Assert.Equal(0, volunteer.GetProperty("totalHours").GetDouble());
        Assert.Equal(0, volunteer.GetProperty("starLevel").GetInt32());
    }

    [Fact]
    public async Task A_second_registration_with_the_same_id_card_number_is_refused_even_in_another_unit()
    {
        var idCard = VolunteerClient.NewIdCardNumber();
        var unit = VolunteerClient.NewUnit();
        await Host.RegisterAsync(unit, idCard.ToLowerInvariant());
        var other = VolunteerClient.NewUnit();

        var again = await Host.PostAsync(VolunteerClient.Register, new { input = VolunteerClient.RegistrationInput(other, idCard) }, Host.UnitAdmin(other));
        var list = await Host.PostAsync("query($u: ID!) { volunteers(unitId: $u) { totalCount } }", new { u = other }, Host.PlatformAdmin());

        Assert.Equal("DUPLICATE_ID_CARD_NUMBER", again.ErrorCode());
        Assert.Contains("already registered", again.ErrorMessage());
        Assert.Equal(0, list.Ok().GetProperty("volunteers").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_id_card_number_register_once()
    {
        var idCard = VolunteerClient.NewIdCardNumber();
        var units = Enumerable.Range(0, 5).Select(_ => VolunteerClient.NewUnit()).ToList();

        var results = await Task.WhenAll(units.Select(unit =>
            Host.PostAsync(VolunteerClient.Register, new { input = VolunteerClient.RegistrationInput(unit, idCard) }, Host.UnitAdmin(unit))));

        Assert.Single(results, r => !r.HasErrors);
        Assert.All(results.Where(r => r.HasErrors), r => Assert.Equal("DUPLICATE_ID_CARD_NUMBER", r.ErrorCode()));
    }

    [Theory]
    [InlineData("110105194912310021", "check digit")]
    [InlineData("11010519491231002", "18 characters")]
    [InlineData("1101051949123100AX", "18 characters")]
    [InlineData("110105194902300020", "birth date")]
    public async Task Malformed_id_card_numbers_are_refused(string idCard, string reason)
    {
        var unit = VolunteerClient.NewUnit();

        var response = await Host.PostAsync(VolunteerClient.Register, new { input = VolunteerClient.RegistrationInput(unit, idCard) }, Host.UnitAdmin(unit));

        Assert.Equal("INVALID_ID_CARD_NUMBER", response.ErrorCode());
        Assert.Contains(reason, response.ErrorMessage());
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1381234567")]
    [InlineData("phone")]
    public async Task Malformed_phones_are_refused(string phone)
    {
        var unit = VolunteerClient.NewUnit();

        var response = await Host.PostAsync(VolunteerClient.Register, new { input = VolunteerClient.RegistrationInput(unit, phone: phone) }, Host.UnitAdmin(unit));

        Assert.Equal("INVALID_PHONE", response.ErrorCode());
    }

    [Fact]
    public async Task The_check_digit_follows_gb_11643()
    {
        // The standard's worked example: 11010519491231002 has check character X.
        Assert.Equal('X', Domain.IdCardNumber.CheckDigit("11010519491231002"));
        var unit = VolunteerClient.NewUnit();

        var response = await Host.PostAsync(VolunteerClient.Register, new { input = VolunteerClient.RegistrationInput(unit, "11010519491231002x") }, Host.UnitAdmin(unit));

        Assert.False(response.HasErrors, response.Text);
    }

    [Fact]
    public async Task A_national_volunteer_number_is_unique()
    {
        var unit = VolunteerClient.NewUnit();
        var number = "N" + Guid.NewGuid().ToString("N")[..12];
        var input = new { realName = "李四", idCardNumber = VolunteerClient.NewIdCardNumber(), phone = VolunteerClient.NewPhone(), homeUnitId = unit, nationalNumber = number };

        var once = await Host.PostAsync(VolunteerClient.Register, new { input }, Host.UnitAdmin(unit));
        var twice = await Host.PostAsync(VolunteerClient.Register, new { input = input with { idCardNumber = VolunteerClient.NewIdCardNumber() } }, Host.UnitAdmin(unit));

        Assert.False(once.HasErrors, once.Text);
        Assert.Equal("DUPLICATE_NATIONAL_NUMBER", twice.ErrorCode());
    }
}
