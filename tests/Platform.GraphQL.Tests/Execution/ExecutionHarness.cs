using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Runs an operation the way the graphql-js scripts behind the expected values do.</summary>
internal static class ExecutionHarness
{
    private static readonly ConcurrentDictionary<string, Schema> Schemas = new();

    /// <summary>
    /// Root fields named like the echo schema's answer with their coerced arguments as JSON text, as the
    /// graphql-js script's <c>(args) =&gt; JSON.stringify(args)</c> root functions do.
    /// </summary>
    private static readonly string[] EchoFields = ["echo", "required", "requiredWithDefault", "optionalWithDefault"];

    public static Task<ExecutionResult> ExecuteAsync(string sdl, string query, string? rootJson = null, string? variablesJson = null, string? operationName = null)
    {
        var schema = Schemas.GetOrAdd(sdl, static text => SchemaBuilder.Build(text));
        var root = rootJson is null ? null : JsonValues.ToValue(JsonDocument.Parse(rootJson).RootElement);
        if (root is Dictionary<string, object?> map && schema.QueryType!.Fields.ContainsKey("echo"))
        {
            foreach (var field in EchoFields)
            {
                map[field] = new Func<IResolveFieldContext, object?>(context => ToJson(context.Arguments));
            }
        }

        return Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(query),
            RootValue = root,
            VariableValues = variablesJson is null ? null : (IReadOnlyDictionary<string, object?>?)JsonValues.ToValue(JsonDocument.Parse(variablesJson).RootElement),
            OperationName = operationName,
        });
    }

    public static async Task<string> ExecuteToJsonAsync(Schema schema, string query, object? rootValue = null, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(query),
            RootValue = rootValue,
            VariableValues = variables,
        });
        return ExecutionResultJsonWriter.ToJson(result);
    }

    public static string ToJson(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ExecutionResultJsonWriter.WriteValue(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
