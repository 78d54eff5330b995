using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Conformance;

/// <summary>What each op of the contract computes, with the engine's public API.</summary>
internal static class RequestHandlers
{
    private static readonly Lazy<string> IntrospectionQueryText = new(() =>
        IntrospectionQuery.Build(new IntrospectionQueryOptions(true, true, true, true, true, true)));

    public static async Task WriteAnswerAsync(Utf8JsonWriter writer, ConformanceRequest request)
    {
        if (request.Op == "parse")
        {
            WriteParse(writer, Required(request.Query, "query"));
            return;
        }

        if (!IsSchemaOp(request.Op))
        {
            throw new NotSupportedException($"Unknown op \"{request.Op}\".");
        }

        var (schema, schemaErrors) = BuildSchema(Required(request.Schema, "schema"));
        if (schema is null)
        {
            WriteErrors(writer, "schemaErrors", schemaErrors!);
            return;
        }

        switch (request.Op)
        {
            case "printSchema":
                WritePrinted(writer, SchemaPrinter.Print(schema));
                break;
            case "validate":
                WriteValidate(writer, schema, Required(request.Query, "query"));
                break;
            case "execute":
                await WriteExecuteAsync(writer, schema, request);
                break;
            case "introspect":
                ExecutionResultJsonWriter.Write(writer, await RequestRunner.RunAsync(schema, IntrospectionQueryText.Value));
                break;
        }
    }

    private static bool IsSchemaOp(string op) => op is "printSchema" or "validate" or "execute" or "introspect";

    private static void WriteParse(Utf8JsonWriter writer, string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLError syntaxError)
        {
            WriteErrors(writer, "errors", [syntaxError]);
            return;
        }

        WritePrinted(writer, Printer.Print(document));
    }

    private static void WriteValidate(Utf8JsonWriter writer, Schema schema, string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLError syntaxError)
        {
            WriteErrors(writer, "errors", [syntaxError]);
            return;
        }

        WriteErrors(writer, "errors", Validator.Validate(schema, document));
    }

    private static async Task WriteExecuteAsync(Utf8JsonWriter writer, Schema schema, ConformanceRequest request)
    {
        var variables = request.Variables is { } variablesJson
            ? JsonValues.ToValue(variablesJson) as IReadOnlyDictionary<string, object?>
            : null;
        var rootValue = request.RootValue is { } rootJson ? JsonValues.ToValue(rootJson) : null;
        var result = await RequestRunner.RunAsync(
            schema, Required(request.Query, "query"), variables, request.OperationName, rootValue);
        ExecutionResultJsonWriter.Write(writer, result);
    }

    /// <summary>
    /// graphql-js buildSchema then validateSchema: a syntax error, the SDL rules' errors one by one,
    /// or the schema's validation errors. Null schema means <c>schemaErrors</c>.
    /// </summary>
    private static (Schema? Schema, IReadOnlyList<GraphQLError>? Errors) BuildSchema(string sdl)
    {
        Schema schema;
        try
        {
            schema = SchemaBuilder.Build(sdl);
        }
        catch (SchemaException exception)
        {
            return (null, exception.Errors);
        }
        catch (GraphQLError syntaxError)
        {
            return (null, [syntaxError]);
        }

        var errors = SchemaValidator.Validate(schema);
        return errors.Count > 0 ? (null, errors) : (schema, null);
    }

    private static void WritePrinted(Utf8JsonWriter writer, string printed)
    {
        writer.WriteStartObject();
        writer.WriteString("printed", printed);
        writer.WriteEndObject();
    }

    private static void WriteErrors(Utf8JsonWriter writer, string propertyName, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartObject();
        writer.WriteStartArray(propertyName);
        foreach (var error in errors)
        {
            ExecutionResultJsonWriter.WriteError(writer, error);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Required(string? value, string name) =>
        value ?? throw new FormatException($"The request needs a \"{name}\".");
}
