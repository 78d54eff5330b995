using Microsoft.Extensions.Configuration;
using Platform.Hosting.Synthetic;

namespace Platform.Hosting.Tests;

/// <summary>The synthetic province: the same units every time, Shandong's proportions at any scale, a well-formed tree.</summary>
public sealed class SyntheticProvinceTests
{
    [Fact]
    public void The_same_scale_describes_the_same_units_every_time()
    {
        var first = SyntheticProvince.Describe(0.02);
        var second = SyntheticProvince.Describe(0.02);

        Assert.Equal(
            first.Units.Select(u => (u.Id, u.Name, u.AdministrativeCode, u.Level, u.ParentId, u.Path, u.ResidentPopulation, u.Urban, u.Latitude)),
            second.Units.Select(u => (u.Id, u.Name, u.AdministrativeCode, u.Level, u.ParentId, u.Path, u.ResidentPopulation, u.Urban, u.Latitude)));
        var village = first.OfLevel(SyntheticLevel.Village).ElementAt(17);
        Assert.Equal(SyntheticVolunteers.Of(village), SyntheticVolunteers.Of(second.Units.Single(u => u.Id == village.Id)));
    }

    [Fact]
    public void Different_scales_give_different_ids()
    {
        var small = SyntheticProvince.Describe(0.01).Units.Select(u => u.Id);
        var other = SyntheticProvince.Describe(0.02).Units.Select(u => u.Id);

        Assert.Empty(small.Intersect(other));
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(1)]
    public void Each_level_has_the_scaled_count_of_units(double scale)
    {
        var province = SyntheticProvince.Describe(scale);
        var shape = province.Shape;

        Assert.Single(province.OfLevel(SyntheticLevel.Province));
        Assert.Equal(Math.Max(1, Math.Round(16 * scale)), province.OfLevel(SyntheticLevel.City).Count());
        Assert.Equal(Math.Round(136 * scale), province.OfLevel(SyntheticLevel.County).Count());
        Assert.Equal(Math.Round(1_800 * scale), province.OfLevel(SyntheticLevel.Township).Count());
        Assert.Equal(Math.Round(70_000 * scale), province.OfLevel(SyntheticLevel.Village).Count());
        Assert.Equal(shape.Units, province.Units.Count);
        Assert.Equal((long)Math.Round(100_000_000 * scale), province.Root.ResidentPopulation);
    }

    [Fact]
    public void The_tree_is_well_formed_with_parents_summing_their_childrens_populations()
    {
        var province = SyntheticProvince.Describe(0.05);
        var byId = province.Units.ToDictionary(u => u.Id);

        Assert.Equal(province.Units.Count, byId.Count);
        Assert.All(province.Units, unit =>
        {
            Assert.Matches("^[0-9a-f]{32}$", unit.Id);
            Assert.Matches(unit.Level switch { SyntheticLevel.Township => "^99[0-9]{7}$", SyntheticLevel.Village => "^99[0-9]{10}$", _ => "^99[0-9]{4}$" }, unit.AdministrativeCode);
            Assert.True(unit.ResidentPopulation > 0);
            if (unit.ParentId is { } parentId)
            {
                var parent = byId[parentId];
                Assert.Equal((int)parent.Level + 1, (int)unit.Level);
                Assert.Equal(parent.Path + unit.Id + "/", unit.Path);
                var prefix = parent.Level switch { SyntheticLevel.Province => "99", SyntheticLevel.City => parent.AdministrativeCode[..4], _ => parent.AdministrativeCode };
                Assert.StartsWith(prefix, unit.AdministrativeCode);
            }

            var children = province.ChildrenOf(unit.Id);
            if (children.Count > 0)
            {
                Assert.Equal(children.Sum(child => child.ResidentPopulation), unit.ResidentPopulation);
                Assert.Equal(children.Count, children.Select(child => child.Name).Distinct().Count());
            }
            else
            {
                Assert.Equal(SyntheticLevel.Village, unit.Level);
                Assert.NotNull(unit.Urban);
            }
        });
    }

    [Fact]
    public void Volunteers_are_fifteen_percent_of_residents_with_over_half_having_hours_and_unique_valid_id_cards()
    {
        var province = SyntheticProvince.Describe(0.01);
        var volunteers = province.OfLevel(SyntheticLevel.Village).SelectMany(SyntheticVolunteers.Of).ToList();

        var share = (double)volunteers.Count / province.Root.ResidentPopulation;
        Assert.InRange(share, 0.1495, 0.1505);
        var withHours = volunteers.Count(v => v.Service is not null);
        Assert.True(withHours > volunteers.Count / 2, $"{withHours} of {volunteers.Count} have hours");
        var party = volunteers.Where(v => v.PartyMember).ToList();
        Assert.InRange((double)party.Count / volunteers.Count, 0.10, 0.14);
        Assert.True(party.Count(v => v.Service is not null) >= 0.8 * party.Count);

        Assert.Equal(volunteers.Count, volunteers.Select(v => v.Id).Distinct().Count());
        Assert.Equal(volunteers.Count, volunteers.Select(v => v.IdCardNumber).Distinct().Count());
        Assert.All(volunteers.Take(2_000), v =>
        {
            Assert.Matches("^[0-9a-f]{32}$", v.Id);
            Assert.Matches("^1[3-9][0-9]{9}$", v.Phone);
            Assert.True(DateOnly.TryParseExact(v.IdCardNumber[6..14], "yyyyMMdd", out _));
            Assert.Equal(ExpectedCheckDigit(v.IdCardNumber), v.IdCardNumber[17]);
            Assert.InRange(v.Service?.Minutes ?? 30, 30, 240);
        });
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("7")]
    [InlineData("big")]
    public void A_scale_outside_the_range_is_refused_with_a_clear_message(string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [SyntheticScale.Setting] = value }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => SyntheticScale.Read(configuration));
        Assert.Contains("Platform:Scale", error.Message);
    }

    /// <summary>GB 11643's check character, computed independently of the generator.</summary>
    private static char ExpectedCheckDigit(string number)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (number[i] - '0') * ((1 << (17 - i)) % 11);
        }

        return "10X98765432"[sum % 11];
    }
}
