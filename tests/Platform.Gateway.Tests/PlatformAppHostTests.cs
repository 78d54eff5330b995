using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Platform.Hosting.Security;

namespace Platform.Gateway.Tests;

/// <summary>
/// The README's "run the whole platform" command: the AppHost starts every module and the gateway as processes,
/// the modules seed their SQLite files, the gateway composes them, and a query joins every module; the modules
/// read admin scopes from the Organization module's tree (a county admin adds a venue to one of its townships);
/// SIGTERM stops every process it started.
/// </summary>
public sealed class PlatformAppHostTests
{
    private static readonly string[] Modules = ["organization", "volunteers", "venues", "activities", "evaluation"];

    [Fact]
    public async Task The_apphost_runs_every_module_behind_the_gateway_and_stops_them_all()
    {
        var data = Directory.CreateTempSubdirectory("apphost-");
        var gatewayPort = FreePort();
        var modulePorts = Modules.ToDictionary(name => name, _ => FreePort());
        var arguments = new List<string> { AppHostAssembly(), $"--AppHost:DataDirectory={data.FullName}", $"--AppHost:Gateway:Port={gatewayPort}" };
        arguments.AddRange(modulePorts.Select(module => $"--AppHost:Modules:{module.Key}:Port={module.Value}"));
        var info = new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var appHost = Process.Start(info)!;
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        appHost.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            output.Enqueue(line.Data);
            if (line.Data.StartsWith("The platform is up", StringComparison.Ordinal))
            {
                up.TrySetResult();
            }
        };
        appHost.ErrorDataReceived += (_, line) => output.Enqueue(line.Data ?? "");
        appHost.BeginOutputReadLine();
        appHost.BeginErrorReadLine();
        try
        {
            var started = await Task.WhenAny(up.Task, appHost.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(120)));
            Assert.True(started == up.Task, "The platform did not come up:\n" + string.Join("\n", output.TakeLast(40)));

            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{gatewayPort}") };
            var response = await client.PostAsJsonAsync("/graphql", new
            {
                query = "{ practiceContents { name } rubric(code: \"shanxi-2020-pilot\") { totalPoints } units(search: \"晋祠镇\", level: TOWNSHIP, first: 1) { edges { node { id name level parent { id name } registeredVolunteers venues { name } } } } }",
            });
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
            var unit = body.GetProperty("data").GetProperty("units").GetProperty("edges")[0].GetProperty("node");
            Assert.Equal("晋祠镇", unit.GetProperty("name").GetString());
            Assert.Equal("晋源区", unit.GetProperty("parent").GetProperty("name").GetString());
            Assert.Equal(0, unit.GetProperty("registeredVolunteers").GetInt32());
            Assert.Contains("晋祠镇", unit.GetProperty("venues")[0].GetProperty("name").GetString());
            Assert.Equal(5, body.GetProperty("data").GetProperty("practiceContents").GetArrayLength());
            Assert.Equal(110, body.GetProperty("data").GetProperty("rubric").GetProperty("totalPoints").GetDecimal());
            Assert.All(Modules, module => Assert.True(File.Exists(Path.Combine(data.FullName, module + ".db")), module));

            var township = unit.GetProperty("id").GetString()!;
            var county = unit.GetProperty("parent").GetProperty("id").GetString()!;
            var byCounty = await CreateVenueAsync(client, township, county);
            var byTownship = await CreateVenueAsync(client, county, township);
            Assert.False(byCounty.TryGetProperty("errors", out var countyErrors), countyErrors.ToString());
            Assert.Equal("FORBIDDEN", byTownship.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
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

        Assert.All(modulePorts.Values.Append(gatewayPort), port => Assert.False(IsListening(port), $"port {port} still served after the AppHost stopped"));
    }

    /// <summary>Adds a venue to <paramref name="unit"/> through the gateway as the unit admin of <paramref name="adminUnit"/>.</summary>
    private static async Task<JsonElement> CreateVenueAsync(HttpClient client, string unit, string adminUnit)
    {
        var token = new PlatformTokenIssuer(new AuthOptions { SigningKey = AuthOptions.DevelopmentSigningKey })
            .Issue(new TokenRequest("apphost-test", PlatformRoles.UnitAdmin, UnitId: adminUnit));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation($unit: ID!) { createVenue(unitId: $unit, input: { kind: STATION_SITE, name: \"新阵地\", address: \"某路1号\", latitude: 37.7, longitude: 112.4 }) { id } }",
                variables = new { unit },
            }),
        };
        request.Headers.Authorization = new("Bearer", token);
        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    internal static string AppHostAssembly()
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar))!);
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
        {
            directory = directory.Parent!;
        }

        return Path.Combine(directory.FullName, "gateway", "Platform.AppHost", "bin", configuration, "net10.0", "Platform.AppHost.dll");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
