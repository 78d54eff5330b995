using Npgsql;
using Platform.Hosting.Synthetic;
using Platform.Testing;

namespace Platform.Volunteers.Tests;

/// <summary>
/// The synthetic province's volunteers on PostgreSQL (binary COPY): every village's figures on <c>OrgUnit</c> are the
/// generator's, 15 % of the county's residents are registered and over half have hours, personal data is stored
/// encrypted and reads back, points match their ledger, and a second start adds nothing.
/// </summary>
public sealed class ScaledSeedTests(ScaledSeedTests.Fixture fixture) : IClassFixture<ScaledSeedTests.Fixture>
{
    public const double Scale = 0.0005;

    private const string FiguresQuery = """
        query($representations: [_Any!]!) { _entities(representations: $representations) { ... on OrgUnit {
          id registeredVolunteers volunteersWithHours partyMemberVolunteers partyMemberParticipation registeredVolunteerShare } } }
        """;

    private static readonly SyntheticProvince Province = SyntheticProvince.Describe(Scale);

    [Fact]
    public async Task Each_village_of_a_generated_county_has_the_generators_figures_and_the_county_meets_shandongs_targets()
    {
        var county = Province.OfLevel(SyntheticLevel.County).First();
        var villages = Province.ChildrenOf(county.Id).SelectMany(township => Province.ChildrenOf(township.Id)).ToList();
        var representations = villages.Select(v => new { __typename = "OrgUnit", id = v.Id, residentPopulation = v.ResidentPopulation }).ToArray();

        var entities = (await fixture.Host.PostAsync(FiguresQuery, new { representations })).Ok().GetProperty("_entities").EnumerateArray().ToList();

        Assert.Equal(villages.Count, entities.Count);
        long registered = 0, withHours = 0;
        foreach (var (village, figures) in villages.Zip(entities))
        {
            var expected = SyntheticVolunteers.Of(village).ToList();
            var party = expected.Where(v => v.PartyMember).ToList();
            Assert.Equal(village.Id, figures.GetProperty("id").GetString());
            Assert.Equal(expected.Count, figures.GetProperty("registeredVolunteers").GetInt32());
            Assert.Equal(expected.Count(v => v.Service is not null), figures.GetProperty("volunteersWithHours").GetInt32());
            Assert.Equal(party.Count, figures.GetProperty("partyMemberVolunteers").GetInt32());
            if (party.Count > 0)
            {
                Assert.Equal((double)party.Count(v => v.Service is not null) / party.Count, figures.GetProperty("partyMemberParticipation").GetDouble(), 9);
            }

            Assert.Equal((double)expected.Count / village.ResidentPopulation, figures.GetProperty("registeredVolunteerShare").GetDouble(), 9);
            registered += figures.GetProperty("registeredVolunteers").GetInt32();
            withHours += figures.GetProperty("volunteersWithHours").GetInt32();
        }

        Assert.InRange((double)registered / county.ResidentPopulation, 0.149, 0.151);
        Assert.True(withHours * 2 > registered, $"{withHours} of {registered} volunteers have hours");
    }

    [Fact]
    public async Task Every_unit_above_the_villages_has_the_generators_figures_of_its_subtree()
    {
        var county = Province.OfLevel(SyntheticLevel.County).First();
        var units = new[] { Province.Root, Province.Units.Single(u => u.Id == county.ParentId), county }
            .Concat(Province.ChildrenOf(county.Id)).ToList();
        var representations = units.Select(u => new { __typename = "OrgUnit", id = u.Id, residentPopulation = u.ResidentPopulation }).ToArray();

        var entities = (await fixture.Host.PostAsync(FiguresQuery, new { representations })).Ok().GetProperty("_entities").EnumerateArray().ToList();

        foreach (var (unit, figures) in units.Zip(entities))
        {
            var expected = Province.OfLevel(SyntheticLevel.Village).Where(v => v.Path.StartsWith(unit.Path, StringComparison.Ordinal))
                .SelectMany(SyntheticVolunteers.Of).ToList();
            Assert.True(expected.Count > 0, unit.Name);
            Assert.Equal(expected.Count, figures.GetProperty("registeredVolunteers").GetInt32());
            Assert.Equal(expected.Count(v => v.Service is not null), figures.GetProperty("volunteersWithHours").GetInt32());
            Assert.Equal(expected.Count(v => v.PartyMember), figures.GetProperty("partyMemberVolunteers").GetInt32());
            Assert.Equal((double)expected.Count / unit.ResidentPopulation, figures.GetProperty("registeredVolunteerShare").GetDouble(), 9);
        }
    }

    [Fact]
    public async Task Each_village_lists_the_units_on_its_path_and_its_counts_equal_its_volunteers()
    {
        var villages = Province.OfLevel(SyntheticLevel.Village).Where(v => SyntheticVolunteers.CountFor(v) > 0).ToList();
        var mismatched = await fixture.ScalarAsync<long>("""
            SELECT count(*) FROM home_unit_counts c FULL JOIN (
                SELECT home_unit_id, count(*) AS registered, count(*) FILTER (WHERE has_hours) AS with_hours,
                       count(*) FILTER (WHERE party_member) AS party, count(*) FILTER (WHERE party_member AND has_hours) AS party_with_hours
                FROM volunteers GROUP BY home_unit_id) v ON v.home_unit_id = c.unit_id
            WHERE c.unit_id IS NULL OR v.home_unit_id IS NULL OR c.registered <> v.registered OR c.with_hours <> v.with_hours
               OR c.party_members <> v.party OR c.party_members_with_hours <> v.party_with_hours
            """);
        var village = villages[^1];
        var path = village.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
        var stored = await fixture.ScalarAsync<string>($"SELECT string_agg(ancestor_id, ',' ORDER BY ancestor_id COLLATE \"C\") FROM unit_ancestors WHERE unit_id = '{village.Id}'");

        Assert.Equal(villages.Sum(v => (long)v.Depth + 1), await fixture.ScalarAsync<long>("SELECT count(*) FROM unit_ancestors"));
        Assert.Equal(0, mismatched);
        Assert.Equal(string.Join(',', path), stored);
    }

    [Fact]
    public async Task Personal_data_is_stored_encrypted_and_reads_back_as_generated()
    {
        var village = Province.OfLevel(SyntheticLevel.Village).Last();
        var generated = SyntheticVolunteers.Of(village).First();

        var volunteer = (await fixture.Host.PostAsync(
            "query($id: ID!) { volunteer(id: $id) { realName idCardNumber phone partyMember } }",
            new { id = generated.Id }, fixture.Host.PlatformAdmin())).Ok().GetProperty("volunteer");

        Assert.Equal(generated.RealName, volunteer.GetProperty("realName").GetString());
        Assert.Equal(generated.IdCardNumber, volunteer.GetProperty("idCardNumber").GetString());
        Assert.Equal(generated.Phone, volunteer.GetProperty("phone").GetString());
        var stored = await fixture.ScalarAsync<byte[]>($"SELECT id_card_cipher FROM volunteers WHERE id = '{generated.Id}'");
        Assert.DoesNotContain(generated.IdCardNumber[..10], System.Text.Encoding.ASCII.GetString(stored));
    }

    [Fact]
    public async Task Every_points_balance_equals_its_ledger()
    {
        var mismatched = await fixture.ScalarAsync<long>("""
            SELECT count(*) FROM volunteers v
            WHERE v.points_balance <> coalesce((SELECT sum(points) FROM points_entries e WHERE e.volunteer_id = v.id), 0)
            """);
        var earning = await fixture.ScalarAsync<long>("SELECT count(*) FROM volunteers WHERE points_balance > 0");

        Assert.Equal(0, mismatched);
        Assert.True(earning > 0);
    }

    [Fact]
    public async Task A_second_start_on_the_same_database_adds_nothing()
    {
        var expected = Province.OfLevel(SyntheticLevel.Village).Sum(SyntheticVolunteers.CountFor);

        await using (await VolunteersHost.StartScaledAsync(fixture.Host.ConnectionString, null, Scale))
        {
        }

        Assert.Equal(expected, await fixture.ScalarAsync<long>("SELECT count(*) FROM volunteers"));
    }

    /// <summary>One module host over a PostgreSQL database seeded at <see cref="Scale"/>.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private VolunteersHost? _host;

        public VolunteersHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

        public async Task InitializeAsync() =>
            _host = await VolunteersHost.StartScaledAsync(await PostgresServer.CreateDatabaseAsync("volunteers_scaled"), null, Scale);

        public async Task<T> ScalarAsync<T>(string sql)
        {
            await using var connection = new NpgsqlConnection(Host.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            return (T)(await command.ExecuteScalarAsync())!;
        }

        public async Task DisposeAsync()
        {
            if (_host is not null)
            {
                await _host.DisposeAsync();
            }
        }
    }
}
