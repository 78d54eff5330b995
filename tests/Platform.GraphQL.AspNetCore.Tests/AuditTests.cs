using Microsoft.AspNetCore.Builder;
using Platform.GraphQL.Conformance;
using Platform.Testing;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>
/// The graphql-http package's audit suite (<c>audit/audit.mjs</c>) against the conformance serve mode on a real
/// Kestrel at 127.0.0.1: every MUST and SHOULD audit must pass.
/// </summary>
public sealed class AuditTests
{
    [Fact]
    public async Task The_endpoint_passes_every_must_and_should_audit_of_graphql_http()
    {
        await using var app = ConformanceServer.Create("http://127.0.0.1:0", "type Query { hello: String }", """{"hello":"world"}""");
        await app.StartAsync();

        var results = await NodeScripts.RunJsonAsync("audit.mjs", KestrelAddress.Of(app) + "/graphql");

        var failures = results.EnumerateArray()
            .Where(r => r.GetProperty("status").GetString() is "error" or "warn")
            .Select(r => $"{r.GetProperty("id").GetString()} {r.GetProperty("name").GetString()}: {r.GetProperty("reason").GetString()}"
                + $" (status {r.GetProperty("statusCode")}, body {r.GetProperty("body")})")
            .ToList();
        Assert.True(failures.Count == 0, "Failed audits:\n" + string.Join("\n", failures));
        Assert.True(results.GetArrayLength() >= 60, "The audit suite ran fewer audits than expected.");
    }
}
