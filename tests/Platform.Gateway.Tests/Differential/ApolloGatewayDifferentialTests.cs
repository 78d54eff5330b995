using System.Text.Json;

namespace Platform.Gateway.Tests.Differential;

/// <summary>
/// Every operation of <c>corpus.jsonl</c> through our gateway, compared with Apollo Gateway's recorded answer over the
/// same subgraphs (<c>expected.jsonl</c>): HTTP status, <c>data</c> exactly (keys, order, nulls), and errors pairwise
/// by message, path and, for errors a module raised, <c>extensions.serviceName</c> and <c>code</c> (see README.md).
/// </summary>
public sealed class ApolloGatewayDifferentialTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    /// <summary>Where we answer differently on purpose: data, status and the number of errors must still match.</summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["bench-variable-type-error"] = "Our engine words variable coercion errors as graphql-js 17 does; Apollo Gateway runs graphql-js 16.",
        ["bench-missing-required-argument"] = "Our engine words this validation error as graphql-js 17 does; Apollo Gateway runs graphql-js 16.",
        ["feat-non-null-failure-reaches-root"] =
            "Apollo Gateway puts the index of the _entities representation in the error path (media.2); we report the client's path (media.4).",
    };

    public static IEnumerable<object[]> Operations() => Lines("corpus.jsonl").Select(line => new object[] { line.GetProperty("id").GetString()! });

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Answers_like_Apollo_Gateway(string id)
    {
        var operation = Lines("corpus.jsonl").Single(l => l.GetProperty("id").GetString() == id);
        var expected = Lines("expected.jsonl").Single(l => l.GetProperty("id").GetString() == id);
        var gateway = fixture.GatewayFor(operation.GetProperty("set").GetString()!);

        var (status, actual) = await gateway.PostAsync(operation);

        var wanted = expected.GetProperty("response");
        var errorsInDetail = !KnownDifferences.ContainsKey(id);
        Assert.Equal(Describe(wanted, errorsInDetail), Describe(actual, errorsInDetail));
        Assert.Equal(expected.GetProperty("status").GetInt32(), status);
    }

    /// <summary>What must match: data as JSON text (absent and null differ), then each error's message and path.</summary>
    private static string Describe(JsonElement response, bool errorsInDetail)
    {
        var data = response.TryGetProperty("data", out var value) ? JsonSerializer.Serialize(value) : "(no data)";
        var errors = JsonAssert.Errors(response).Select(e => errorsInDetail
            ? e.GetProperty("message").GetString() + " @ " + (e.TryGetProperty("path", out var path) ? JsonSerializer.Serialize(path) : "-") + ModuleOf(e)
            : "an error");
        return string.Join("\n", [data, .. errors]);
    }

    /// <summary>For an error a module raised: the module and the code (request errors' codes are the engine's own).</summary>
    private static string ModuleOf(JsonElement error) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("serviceName", out var module)
            ? $" from {module.GetString()} ({(extensions.TryGetProperty("code", out var code) ? code.GetString() : "no code")})"
            : string.Empty;

    private static IEnumerable<JsonElement> Lines(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Differential", file))
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone());
}
