using System.Text.Json;
using Platform.Hosting.Security;
using Platform.Testing;

namespace Platform.Organization.Tests;

/// <summary>Shorthands over the module's GraphQL API for building and reading test trees.</summary>
public static class UnitTreeClient
{
    public const string UnitFields = "id name level kind pilotLevel archived residentPopulation fullTimeStaff dedicatedManagers administrativeCode depth";

    public static async Task<string> CreateAsync(this OrganizationHost host, string name, string level, string? parentId, string? token = null, string? kind = null)
    {
        var response = await host.CreateRawAsync(name, level, parentId, token ?? host.Token(PlatformRoles.PlatformAdmin), kind);
        return response.Ok().GetProperty("createUnit").GetProperty("id").GetString()!;
    }

    public static Task<GraphQLResponse> CreateRawAsync(this OrganizationHost host, string name, string level, string? parentId, string? token, string? kind = null) =>
        host.PostAsync(
            "mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }",
            new { input = new { name, level, parentId, kind } },
            token);

    /// <summary>A new province → city → county → township → village chain (names made unique with <paramref name="tag"/>).</summary>
    public static async Task<TestChain> CreateChainAsync(this OrganizationHost host, string tag)
    {
        var province = await host.CreateAsync($"省-{tag}", "PROVINCE", null);
        var city = await host.CreateAsync($"市-{tag}", "CITY", province);
        var county = await host.CreateAsync($"县-{tag}", "COUNTY", city);
        var township = await host.CreateAsync($"乡-{tag}", "TOWNSHIP", county);
        var village = await host.CreateAsync($"村-{tag}", "VILLAGE", township);
        return new TestChain(province, city, county, township, village);
    }

    public static async Task<JsonElement> UnitAsync(this OrganizationHost host, string id, string selection = UnitFields)
    {
        var response = await host.PostAsync($"query($id: ID!) {{ unit(id: $id) {{ {selection} }} }}", new { id });
        return response.Ok().GetProperty("unit");
    }

    public static string[] Names(this JsonElement list) => [.. list.EnumerateArray().Select(unit => unit.GetProperty("name").GetString()!)];

    public static string[] Ids(this JsonElement list) => [.. list.EnumerateArray().Select(unit => unit.GetProperty("id").GetString()!)];
}

/// <summary>The ids of a freshly created chain of units, one per practice level.</summary>
public sealed record TestChain(string Province, string City, string County, string Township, string Village);
