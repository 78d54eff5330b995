using System.Text.Json;
using Platform.Testing;

namespace Platform.Evaluation.Tests;

/// <summary>
/// Runs Apollo's composition (<c>composition/compose.mjs</c> beside this project) over subgraph SDLs, installing the
/// folder's pinned packages with <c>npm ci</c> when they are missing. Without node and npm on PATH the test fails and says so.
/// </summary>
internal static class ApolloComposition
{
    private static readonly NodePackageFolder Composition = new("tests/Platform.Evaluation.Tests/composition", "compose.mjs", "@apollo/composition", "graphql")
    {
        InstallArguments = ["ci", "--ignore-scripts", "--no-audit", "--no-fund"],
        Environment = new Dictionary<string, string?> { ["APOLLO_TELEMETRY_DISABLED"] = "1", ["APOLLO_KEY"] = null },
        Timeout = TimeSpan.FromMinutes(3),
    };

    /// <summary>The composition's errors and the supergraph SDL (null when it failed).</summary>
    public static async Task<(IReadOnlyList<string> Errors, string? Supergraph)> ComposeAsync(params (string Name, string Sdl)[] subgraphs)
    {
        var input = Path.Combine(Path.GetTempPath(), $"evaluation-subgraphs-{Guid.NewGuid():N}.json");
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
}
