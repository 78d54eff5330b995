using System.Text.Json;
using Platform.Testing;

namespace Platform.GraphQL.Federation.Tests;

/// <summary>
/// Runs the node scripts of <c>tests/Platform.GraphQL.Federation.Compatibility/suite/</c> (<c>run-suite.mjs</c>: Apollo's
/// subgraph compatibility suite behind an Apollo Gateway; <c>decode-trace.mjs</c>: Apollo's ftv1 decoder; <c>compose.mjs</c>: Apollo's composition), installing their pinned packages with <c>npm ci --ignore-scripts</c> first when they
/// are missing. Without node or npm on PATH the test fails and says so.
/// </summary>
internal static class CompatibilitySuite
{
    private static readonly NodePackageFolder Suite = new(
        "tests/Platform.GraphQL.Federation.Compatibility/suite",
        "run-suite.mjs",
        "@apollo/composition", "@apollo/federation-subgraph-compatibility-tests", "@apollo/gateway", "@apollo/server", "@apollo/usage-reporting-protobuf", "jest")
    {
        // --ignore-scripts: the suite depends on rover, whose install script downloads a binary this run never uses.
        InstallArguments = ["ci", "--ignore-scripts", "--no-audit", "--no-fund"],
        Environment = new Dictionary<string, string?> { ["APOLLO_TELEMETRY_DISABLED"] = "1", ["APOLLO_KEY"] = null },
    };

    /// <summary>The script's standard output parsed as JSON.</summary>
    public static Task<JsonElement> RunJsonAsync(string script, params string[] arguments) => Suite.RunJsonAsync(script, arguments);
}
