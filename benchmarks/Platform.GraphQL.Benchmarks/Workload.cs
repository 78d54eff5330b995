using System.Text.Json;
using Platform.GraphQL.Execution;
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
        Variables = (IReadOnlyDictionary<string, object?>)JsonValues.ToValue(JsonDocument.Parse(variablesJson).RootElement)!;
        RootValue = JsonValues.ToValue(JsonDocument.Parse(dataJson).RootElement);
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
}
