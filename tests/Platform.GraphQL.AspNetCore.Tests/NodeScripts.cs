using System.Text.Json;
using Platform.Testing;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>
/// Runs the node scripts of <c>audit/</c> (graphql-http's audit, a graphql-sse client), installing their pinned
/// packages with <c>npm ci</c> first when they are missing. Without node or npm on PATH the test fails and says so.
/// </summary>
internal static class NodeScripts
{
    private static readonly NodePackageFolder Audit = new(
        "tests/Platform.GraphQL.AspNetCore.Tests/audit", "audit.mjs", "graphql", "graphql-http", "graphql-sse");

    /// <summary>The script's standard output parsed as JSON.</summary>
    public static Task<JsonElement> RunJsonAsync(string script, params string[] arguments) => Audit.RunJsonAsync(script, arguments);
}
