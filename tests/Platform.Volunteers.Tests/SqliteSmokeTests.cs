using Platform.Hosting.Synthetic;

namespace Platform.Volunteers.Tests;

/// <summary>The embedded default: the module on a SQLite file runs registration, records, points and the duplicate refusal.</summary>
public sealed class SqliteSmokeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("volunteers-sqlite-").FullName;

    [Fact]
    public async Task The_module_runs_on_sqlite()
    {
        await using var host = await VolunteersHost.StartSqliteAsync(_directory);
        var unit = VolunteerClient.NewUnit();
        var idCard = VolunteerClient.NewIdCardNumber();

        var volunteer = await host.RegisterAsync(unit, idCard);
        var duplicate = await host.PostAsync(VolunteerClient.Register, new { input = VolunteerClient.RegistrationInput(unit, idCard) }, host.UnitAdmin(unit));
        var record = await host.RecordAsync(volunteer, unit, 20, "2026-03-01");
        var over = await host.RecordRawAsync(volunteer, unit, 5, "2026-03-01");
        await host.PostAsync("mutation($id: ID!) { correctServiceRecord(id: $id, input: { hours: 12, reason: \"更正\" }) { id } }", new { id = record }, host.UnitAdmin(unit));
        var first = await host.RedeemRawAsync(volunteer, 50, "k", host.UnitAdmin(unit));
        var again = await host.RedeemRawAsync(volunteer, 50, "k", host.UnitAdmin(unit));
        var view = await host.VolunteerAsync(volunteer, "idCardNumber totalHours pointsBalance");
        var unitFigures = await host.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { registeredVolunteers volunteersWithHours registeredVolunteerShare } } }",
            new { r = new[] { new { __typename = "OrgUnit", id = unit, residentPopulation = 4 } } });

        Assert.Equal("DUPLICATE_ID_CARD_NUMBER", duplicate.ErrorCode());
        Assert.Equal("DAILY_HOURS_EXCEEDED", over.ErrorCode());
        Assert.Equal(first.Ok().GetRawText(), again.Ok().GetRawText());
        Assert.Equal(idCard, view.GetProperty("idCardNumber").GetString());
        Assert.Equal(12, view.GetProperty("totalHours").GetDouble());
        Assert.Equal(12 * VolunteersHost.PointsPerHour - 50, view.GetProperty("pointsBalance").GetInt64());
        var figures = unitFigures.Ok().GetProperty("_entities")[0];
        Assert.Equal(1, figures.GetProperty("registeredVolunteers").GetInt32());
        Assert.Equal(1, figures.GetProperty("volunteersWithHours").GetInt32());
        Assert.Equal(0.25, figures.GetProperty("registeredVolunteerShare").GetDouble());
        Assert.True(File.Exists(Path.Combine(_directory, "volunteers.db")));
    }

    [Fact]
    public async Task The_synthetic_volunteers_seed_on_sqlite_with_their_figures_and_decryptable_personal_data()
    {
        var province = SyntheticProvince.Describe(ScaledSeedTests.Scale);
        var village = province.OfLevel(SyntheticLevel.Village).First();
        var generated = SyntheticVolunteers.Of(village).ToList();

        await using var host = await VolunteersHost.StartScaledAsync(null, _directory, ScaledSeedTests.Scale);
        var figures = (await host.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { registeredVolunteers volunteersWithHours } } }",
            new { r = new[] { new { __typename = "OrgUnit", id = village.Id } } })).Ok().GetProperty("_entities")[0];
        var view = await host.VolunteerAsync(generated[0].Id, "idCardNumber phone totalHours");

        Assert.Equal(generated.Count, figures.GetProperty("registeredVolunteers").GetInt32());
        Assert.Equal(generated.Count(v => v.Service is not null), figures.GetProperty("volunteersWithHours").GetInt32());
        Assert.Equal(generated[0].IdCardNumber, view.GetProperty("idCardNumber").GetString());
        Assert.Equal(generated[0].Phone, view.GetProperty("phone").GetString());
        Assert.Equal((generated[0].Service?.Minutes ?? 0) / 60.0, view.GetProperty("totalHours").GetDouble());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
