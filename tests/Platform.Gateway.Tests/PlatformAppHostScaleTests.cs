using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Hosting.Synthetic;

namespace Platform.Gateway.Tests;

/// <summary>
/// <c>--scale N</c>: the AppHost's modules seed the synthetic province in a data folder of that scale's own, without the
/// real seed data, and the gateway answers a query joining its units with their volunteers and venues.
/// </summary>
public sealed class PlatformAppHostScaleTests
{
    private const double Scale = 0.001;

    [Fact]
    public async Task With_scale_the_modules_seed_the_synthetic_province_in_their_own_folder_behind_the_gateway()
    {
        var data = Directory.CreateTempSubdirectory("apphost-scale-");
        var gatewayPort = PlatformAppHostTests.FreePort();
        var arguments = new List<string>
        {
            PlatformAppHostTests.AppHostAssembly(), "--scale", "0.001",
            $"--AppHost:DataDirectory={data.FullName}", $"--AppHost:Gateway:Port={gatewayPort}",
        };
        arguments.AddRange(new[] { "organization", "volunteers", "venues" }.Select(module => $"--AppHost:Modules:{module}:Port={PlatformAppHostTests.FreePort()}"));
        using var appHost = Process.Start(new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        appHost.OutputDataReceived += (_, line) =>
        {
            output.Enqueue(line.Data ?? "");
            if (line.Data?.StartsWith("The platform is up", StringComparison.Ordinal) == true)
            {
                up.TrySetResult();
            }
        };
        appHost.ErrorDataReceived += (_, line) => output.Enqueue(line.Data ?? "");
        appHost.BeginOutputReadLine();
        appHost.BeginErrorReadLine();
        try
        {
            var started = await Task.WhenAny(up.Task, appHost.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(180)));
            Assert.True(started == up.Task, "The platform did not come up:\n" + string.Join("\n", output.TakeLast(40)));

            var province = SyntheticProvince.Describe(Scale);
            var village = province.OfLevel(SyntheticLevel.Village).First();
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{gatewayPort}") };
            var body = await PostAsync(client,
                "query($id: ID!, $county: ID!) { unit(id: $id) { name residentPopulation ancestors { name } registeredVolunteers volunteersWithHours venues { kind } } taiyuan: units(search: \"晋祠镇\") { totalCount } "
                + "county: unit(id: $county) { residentPopulation registeredVolunteers registeredVolunteerShare } }",
                new { id = village.Id, county = village.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[2] });

            var unit = body.GetProperty("unit");
            var volunteers = SyntheticVolunteers.Of(village).ToList();
            Assert.Equal(village.Name, unit.GetProperty("name").GetString());
            Assert.Equal(village.ResidentPopulation, unit.GetProperty("residentPopulation").GetInt64());
            Assert.Equal(province.Root.Name, unit.GetProperty("ancestors")[0].GetProperty("name").GetString());
            Assert.Equal(volunteers.Count, unit.GetProperty("registeredVolunteers").GetInt32());
            Assert.Equal(volunteers.Count(v => v.Service is not null), unit.GetProperty("volunteersWithHours").GetInt32());
            Assert.Equal("STATION_SITE", unit.GetProperty("venues")[0].GetProperty("kind").GetString());
            Assert.Equal(0, body.GetProperty("taiyuan").GetProperty("totalCount").GetInt32());
            var county = province.Units.Single(u => u.Id == village.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[2]);
            var countyVolunteers = province.OfLevel(SyntheticLevel.Village).Where(v => v.Path.StartsWith(county.Path, StringComparison.Ordinal)).Sum(SyntheticVolunteers.CountFor);
            var countyFigures = body.GetProperty("county");
            Assert.Equal(countyVolunteers, countyFigures.GetProperty("registeredVolunteers").GetInt32());
            Assert.Equal((double)countyVolunteers / county.ResidentPopulation, countyFigures.GetProperty("registeredVolunteerShare").GetDouble(), 9);
            Assert.All(["organization", "volunteers", "venues"], module =>
                Assert.True(File.Exists(Path.Combine(data.FullName, "scale-0.001", module + ".db")), module));
        }
        finally
        {
            using (var terminate = Process.Start("kill", ["-TERM", appHost.Id.ToString()]))
            {
                await terminate.WaitForExitAsync();
            }

            await appHost.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_scale_out_of_range_stops_the_apphost_with_a_message()
    {
        using var appHost = Process.Start(new ProcessStartInfo("dotnet", [PlatformAppHostTests.AppHostAssembly(), "--scale", "12"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var error = await appHost.StandardError.ReadToEndAsync();
        await appHost.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, appHost.ExitCode);
        Assert.Contains("Platform:Scale must be a number above 0 and at most 6", error);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, object variables)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }
}
