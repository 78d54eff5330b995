using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Benchmarks;

/// <summary>The benchmark's schema, operation, variables and root value, read from Workload/ (shared with the graphql-js script).</summary>
public sealed class Workload
{
    private Workload(string schemaSdl, string query, string variablesJson, string dataJson)
    {
        Query = query;
        Schema = SchemaBuilder.Build(schemaSdl);
        Document = Parser.Parse(query);
        Variables = (IReadOnlyDictionary<string, object?>)ToValue(JsonDocument.Parse(variablesJson).RootElement)!;
        RootValue = ToValue(JsonDocument.Parse(dataJson).RootElement);
    }

    public string Query { get; }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; }

    public static Workload Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Workload");
        string Read(string name) => File.ReadAllText(Path.Combine(folder, name));
        return new Workload(Read("schema.graphql"), Read("query.graphql"), Read("variables.json"), Read("data.json"));
    }

    private static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
