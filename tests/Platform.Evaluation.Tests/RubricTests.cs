using System.Text.Json;

namespace Platform.Evaluation.Tests;

/// <summary>
/// Shanxi's pilot rubric (seed 002 附件4) as the graph serves it: 7 items, 26 contents, 65 standards, 110 points
/// (100 basic + 10 featured), the item points the seed names, and every level's points adding up to its parent's.
/// </summary>
public sealed class RubricTests(TreeFixture fixture) : IClassFixture<TreeFixture>
{
    private const string Query = """
        { rubrics { code }
          rubric(code: "shanxi-2020-pilot") {
            code name province totalPoints basicPoints featuredPoints notes
            items { code title points featured contents { code title points methods methodsFromMergedCell standards { code text points } } } } }
        """;

    [Fact]
    public async Task The_rubric_has_seven_items_twenty_six_contents_sixty_five_standards_and_110_points()
    {
        var data = (await fixture.Host.PostAsync(Query)).Ok();
        var rubric = data.GetProperty("rubric");
        var items = rubric.GetProperty("items").EnumerateArray().ToList();
        var contents = items.SelectMany(item => item.GetProperty("contents").EnumerateArray()).ToList();
        var standards = contents.SelectMany(content => content.GetProperty("standards").EnumerateArray()).ToList();

        Assert.Equal(["shanxi-2020-pilot"], data.GetProperty("rubrics").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(7, items.Count);
        Assert.Equal(26, contents.Count);
        Assert.Equal(65, standards.Count);
        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"I-{n}"), items.Select(item => item.GetProperty("code").GetString()));
        Assert.Equal(Enumerable.Range(1, 26).Select(n => $"II-{n}"), contents.Select(content => content.GetProperty("code").GetString()));
        Assert.Equal(110, rubric.GetProperty("totalPoints").GetDouble());
        Assert.Equal(100, rubric.GetProperty("basicPoints").GetDouble());
        Assert.Equal(10, rubric.GetProperty("featuredPoints").GetDouble());
        Assert.Equal(110, standards.Sum(standard => standard.GetProperty("points").GetDouble()));
        Assert.Equal("山西省", rubric.GetProperty("province").GetString());
        Assert.Contains("26条评估内容,65项评估标准", rubric.GetProperty("notes")[0].GetString());
    }

    [Fact]
    public async Task Item_points_are_the_seeds_and_only_the_last_item_is_featured()
    {
        var items = (await fixture.Host.PostAsync(Query)).Ok().GetProperty("rubric").GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(
            [("组织保障", 20.0, false), ("阵地建设", 15, false), ("资源整合", 10, false), ("志愿服务", 20, false), ("实践活动", 25, false), ("成效评估", 10, false), ("特色指标", 10, true)],
            items.Select(item => (item.GetProperty("title").GetString()!, item.GetProperty("points").GetDouble(), item.GetProperty("featured").GetBoolean())));
    }

    [Fact]
    public async Task Every_levels_points_add_up_to_its_parents()
    {
        var items = (await fixture.Host.PostAsync(Query)).Ok().GetProperty("rubric").GetProperty("items").EnumerateArray().ToList();

        foreach (var item in items)
        {
            var contents = item.GetProperty("contents").EnumerateArray().ToList();
            Assert.Equal(item.GetProperty("points").GetDouble(), contents.Sum(content => content.GetProperty("points").GetDouble()));
            foreach (var content in contents)
            {
                var standards = content.GetProperty("standards").EnumerateArray().ToList();
                Assert.NotEmpty(standards);
                Assert.Equal(content.GetProperty("points").GetDouble(), standards.Sum(standard => standard.GetProperty("points").GetDouble()), 6);
                Assert.All(standards, standard => Assert.StartsWith(content.GetProperty("code").GetString() + ".", standard.GetProperty("code").GetString()));
            }
        }
    }

    [Fact]
    public async Task Standards_carry_the_seeds_text_and_contents_their_assessment_methods()
    {
        var contents = (await fixture.Host.PostAsync(Query)).Ok().GetProperty("rubric").GetProperty("items").EnumerateArray()
            .SelectMany(item => item.GetProperty("contents").EnumerateArray()).ToDictionary(c => c.GetProperty("code").GetString()!);

        var venue = contents["II-5"];
        Assert.Equal("活动场所", venue.GetProperty("title").GetString());
        Assert.Equal(
            ["有固定活动场所", "有固定标识", "有办公设施", "有宣传氛围"],
            venue.GetProperty("standards").EnumerateArray().Select(s => s.GetProperty("text").GetString()!.Split(':')[0]));
        Assert.All(venue.GetProperty("standards").EnumerateArray(), s => Assert.Equal(0.5, s.GetProperty("points").GetDouble()));
        Assert.Contains("配备专职人员不少于6名", contents["II-6"].GetProperty("standards")[0].GetProperty("text").GetString());
        Assert.Equal(["INTERVIEW"], Methods(contents["II-23"]));
        Assert.Equal(["REPORT", "INTERVIEW", "SITE_VISIT"], Methods(contents["II-5"]));
        Assert.True(contents["II-10"].GetProperty("methodsFromMergedCell").GetBoolean());
        Assert.Equal(Methods(contents["II-9"]), Methods(contents["II-10"]));
        Assert.All(contents.Values, content => Assert.NotEmpty(Methods(content)));
    }

    private static List<string> Methods(JsonElement content) => [.. content.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!)];
}
