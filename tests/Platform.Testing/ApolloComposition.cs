using System.Text.Json;
namespace Platform.Testing;

/// <summary>
/// Runs Apollo's composition (<c>apollo/compose.mjs</c> in this project) over subgraph SDLs, so a module's tests can
/// check that its subgraph composes beside the others' shapes under the ecosystem's reference composer; the folder's
/// pinned packages (composition, gateway, server) are installed with <c>npm ci</c> when missing. Without node and npm on
/// PATH the test fails and says so.
/// </summary>
public static class ApolloComposition
{
    private static readonly NodePackageFolder Composition = new(
        "tests/Platform.Testing/apollo", "compose.mjs", "@apollo/composition", "@apollo/gateway", "@apollo/server")
    {
        InstallArguments = ["ci", "--ignore-scripts", "--no-audit", "--no-fund"],
        Environment = new Dictionary<string, string?> { ["APOLLO_TELEMETRY_DISABLED"] = "1", ["APOLLO_KEY"] = null },
        Timeout = TimeSpan.FromMinutes(3),
    };

    /// <summary>The composition's errors and the supergraph SDL (null when it failed).</summary>
    public static async Task<(IReadOnlyList<string> Errors, string? Supergraph)> ComposeAsync(params (string Name, string Sdl)[] subgraphs)
    {
        var input = Path.Combine(Path.GetTempPath(), $"apollo-subgraphs-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(
            subgraphs.Select((subgraph, i) => new { name = subgraph.Name, url = $"http://127.0.0.1:{i + 1}/graphql", sdl = subgraph.Sdl })));
        try
        {
            var result = await Composition.RunJsonAsync("compose.mjs", input);
            var errors = result.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
            var supergraph = result.GetProperty("supergraphSdl");
            return (errors, supergraph.ValueKind == JsonValueKind.String ? supergraph.GetString() : null);
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>The composition folder's path, with its packages installed.</summary>
    public static Task<string> PreparedDirectoryAsync() => Composition.PrepareAsync();
}
