using Platform.Activities.Domain;
using static Platform.Activities.Domain.ProjectAction;

namespace Platform.Activities.Tests;

/// <summary>Brand projects and the quotas of seed 003 §五.4, with the level and population a gateway sends through @requires.</summary>
public sealed class BrandQuotaTests(UnitTreeWorld world) : IClassFixture<UnitTreeWorld>
{
    private const string QuotaQuery = """
        query($reps: [_Any!]!) { _entities(representations: $reps) { ... on OrgUnit { id brandProjectQuota { level required actual met } brandProjects { id } projects { id } } } }
        """;

    [Theory]
    [InlineData(OrgLevel.City, 2_300_000, 12)]
    [InlineData(OrgLevel.City, 1_000_000, 5)]
    [InlineData(OrgLevel.City, 4_200_001, 22)]
    [InlineData(OrgLevel.County, 500_000, 10)]
    [InlineData(OrgLevel.County, 499_999, 5)]
    [InlineData(OrgLevel.Township, null, 3)]
    [InlineData(OrgLevel.Village, 800, 1)]
    public void The_quota_follows_the_level_and_the_population(OrgLevel level, int? population, int required)
    {
        Assert.True(ProjectBrandQuotaRules.HasQuota(level));
        Assert.Equal(required, ProjectBrandQuotaRules.Required(level, population));
    }

    [Theory]
    [InlineData(OrgLevel.City)]
    [InlineData(OrgLevel.County)]
    public void A_city_or_county_quota_is_unknown_without_a_population(OrgLevel level) => Assert.Null(ProjectBrandQuotaRules.Required(level, null));

    [Theory]
    [InlineData(OrgLevel.Province)]
    [InlineData(OrgLevel.FamilyStation)]
    [InlineData(OrgLevel.PracticeBase)]
    public void Other_levels_have_no_quota(OrgLevel level) => Assert.False(ProjectBrandQuotaRules.HasQuota(level));

    [Fact]
    public async Task Only_admitted_projects_become_brand_projects_and_count_toward_the_quota()
    {
        var county = world.Admin(world.County);
        var township = world.Township;
        var organizer = world.Admin(township);
        var projects = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            projects.Add(await world.CreateAsync(organizer, township, $"品牌-{i}"));
        }

        var before = await world.ProjectSnapshotAsync(projects[0]);
        Assert.Equal(ProjectErrors.NotAdmitted, (await world.ProjectStepAsync(projects[0], DesignateBrand, county)).ErrorCode());
        Assert.Equal(before, await world.ProjectSnapshotAsync(projects[0]));
        foreach (var id in projects.Take(3))
        {
            (await world.ProjectStepAsync(id, Submit, organizer)).Ok();
            foreach (var step in new[] { Screen, Review, Admit })
            {
                (await world.ProjectStepAsync(id, step, county)).Ok();
            }
        }

        Assert.Equal("FORBIDDEN", (await world.ProjectStepAsync(projects[0], DesignateBrand, organizer)).ErrorCode());
        (await world.ProjectStepAsync(projects[0], DesignateBrand, county)).Ok();
        (await world.ProjectStepAsync(projects[1], DesignateBrand, county)).Ok();
        Assert.Equal(ProjectErrors.StepNotAllowed, (await world.ProjectStepAsync(projects[1], DesignateBrand, county)).ErrorCode());

        var twoOfThree = await QuotaAsync(township, "TOWNSHIP", null);
        Assert.Equal((3, 2, false), twoOfThree);

        (await world.ProjectStepAsync(projects[2], DesignateBrand, county)).Ok();
        Assert.Equal((3, 3, true), await QuotaAsync(township, "TOWNSHIP", null));
        (await world.ProjectStepAsync(projects[2], WithdrawBrand, county)).Ok();
        Assert.Equal((3, 2, false), await QuotaAsync(township, "TOWNSHIP", null));
    }

    [Fact]
    public async Task A_county_quota_depends_on_its_population_and_is_unknown_without_it()
    {
        var county = EntityIds.New();
        var reps = new object[]
        {
            new { __typename = "OrgUnit", id = county, level = "COUNTY", residentPopulation = 620_000 },
            new { __typename = "OrgUnit", id = county, level = "COUNTY", residentPopulation = (int?)null },
            new { __typename = "OrgUnit", id = county, level = "PROVINCE", residentPopulation = 40_000_000 },
        };

        var units = (await world.Host.PostAsync(QuotaQuery, new { reps })).Ok().GetProperty("_entities");

        Assert.Equal(10, units[0].GetProperty("brandProjectQuota").GetProperty("required").GetInt32());
        Assert.False(units[0].GetProperty("brandProjectQuota").GetProperty("met").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, units[1].GetProperty("brandProjectQuota").GetProperty("required").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, units[1].GetProperty("brandProjectQuota").GetProperty("met").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, units[2].GetProperty("brandProjectQuota").ValueKind);
    }

    [Fact]
    public async Task Projects_brand_projects_and_quotas_of_many_units_cost_one_sql_command()
    {
        var organizer = world.Admin(world.County);
        var units = Enumerable.Range(0, 6).Select(_ => EntityIds.New()).ToArray();
        foreach (var unit in units)
        {
            await world.CreateAsync(world.PlatformAdmin(), unit, "项目-" + unit[..4]);
        }

        var reps = units.Select(unit => new { __typename = "OrgUnit", id = unit, level = "VILLAGE", residentPopulation = 900 }).ToArray();
        world.Counter.Reset();
        var answer = (await world.Host.PostAsync(QuotaQuery, new { reps }, organizer)).Ok().GetProperty("_entities");

        Assert.Equal(1, world.Counter.Count);
        Assert.All(answer.EnumerateArray(), unit =>
        {
            Assert.Equal(1, unit.GetProperty("projects").GetArrayLength());
            Assert.Equal((1, 0, false), (unit.GetProperty("brandProjectQuota").GetProperty("required").GetInt32(),
                unit.GetProperty("brandProjectQuota").GetProperty("actual").GetInt32(), unit.GetProperty("brandProjectQuota").GetProperty("met").GetBoolean()));
        });
    }

    private async Task<(int Required, int Actual, bool Met)> QuotaAsync(string unitId, string level, int? population)
    {
        var reps = new[] { new { __typename = "OrgUnit", id = unitId, level, residentPopulation = population } };
        var quota = (await world.Host.PostAsync(QuotaQuery, new { reps })).Ok().GetProperty("_entities")[0].GetProperty("brandProjectQuota");
        return (quota.GetProperty("required").GetInt32(), quota.GetProperty("actual").GetInt32(), quota.GetProperty("met").GetBoolean());
    }
}
