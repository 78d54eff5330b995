using System.Text.Json;

namespace Platform.GraphQL.Conformance;

/// <summary>One request line: <c>{"id", "op", "schema"?, "query"?, "variables"?, "operationName"?, "rootValue"?}</c>.</summary>
public sealed class ConformanceRequest
{
    public JsonElement? Id { get; private init; }

    public required string Op { get; init; }

    public string? Schema { get; private init; }

    public string? Query { get; private init; }

    public JsonElement? Variables { get; private init; }

    public string? OperationName { get; private init; }

    public JsonElement? RootValue { get; private init; }

    public static ConformanceRequest Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("A request must be a JSON object.");
        }

        return new ConformanceRequest
        {
            Id = Property(root, "id"),
            Op = String(root, "op") ?? throw new FormatException("A request needs an \"op\"."),
            Schema = String(root, "schema"),
            Query = String(root, "query"),
            Variables = Property(root, "variables"),
            OperationName = String(root, "operationName"),
            RootValue = Property(root, "rootValue"),
        };
    }

    private static JsonElement? Property(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.Clone() : null;

    private static string? String(JsonElement root, string name) =>
        Property(root, name) is { } value ? value.GetString() : null;
}
