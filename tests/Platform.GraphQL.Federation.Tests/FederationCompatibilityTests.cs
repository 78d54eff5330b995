using Platform.GraphQL.Federation.Compatibility;
using Platform.Testing;

namespace Platform.GraphQL.Federation.Tests;

/// <summary>
/// Apollo's federation subgraph compatibility suite against our C#-typed products subgraph on a real Kestrel at
/// 127.0.0.1, composed with the suite's users and inventory subgraphs behind an Apollo Gateway: every test must pass.
/// </summary>
public sealed class FederationCompatibilityTests
{
    [Fact]
    public async Task The_products_subgraph_passes_every_test_of_the_apollo_subgraph_compatibility_suite()
    {
        await using var app = ProductsSubgraph.Create("http://127.0.0.1:0");
        await app.StartAsync();
        var url = KestrelAddress.Of(app) + "/";

        var results = await CompatibilitySuite.RunJsonAsync("run-suite.mjs", url);

        var failures = results.EnumerateArray()
            .Where(test => !test.GetProperty("passed").GetBoolean())
            .Select(test => $"{test.GetProperty("name").GetString()}: {string.Join("\n", test.GetProperty("failures").EnumerateArray().Select(f => f.GetString()))}")
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} compatibility tests failed:\n" + string.Join("\n\n", failures));
        Assert.True(results.GetArrayLength() >= 15, "The compatibility suite ran fewer tests than expected.");
    }
}
