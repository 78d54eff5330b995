using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.AspNetCore.Http;

/// <summary>Writes GraphQL responses straight into the response body, with the status the spec asks for.</summary>
internal static class GraphQLResponseWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>
    /// application/json: 200 for every well-formed request. application/graphql-response+json: 200 when the response
    /// has <c>data</c>, 400 when it has none (parse, validation or variable-coercion errors).
    /// </summary>
    public static int StatusFor(ExecutionResult result, ResponseFormat format) =>
        format == ResponseFormat.GraphQLResponseJson && !result.HasData ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    public static Task WriteAsync(HttpResponse response, ExecutionResult result, ResponseFormat format) =>
        WriteAsync(response, StatusFor(result, format), format, writer => ExecutionResultJsonWriter.Write(writer, result));

    public static Task WriteBatchAsync(HttpResponse response, IReadOnlyList<ExecutionResult> results, ResponseFormat format) =>
        WriteAsync(response, StatusCodes.Status200OK, format, writer =>
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                ExecutionResultJsonWriter.Write(writer, result);
            }

            writer.WriteEndArray();
        });

    /// <summary>A response of one error without <c>data</c>.</summary>
    public static Task WriteErrorAsync(HttpResponse response, int statusCode, GraphQLError error, ResponseFormat format) =>
        WriteAsync(response, statusCode, format, writer => ExecutionResultJsonWriter.Write(writer, ExecutionResult.FromErrors([error])));

    /// <summary>One result as compact UTF-8 JSON (for an event's data line).</summary>
    public static void Write(System.Buffers.IBufferWriter<byte> output, ExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        ExecutionResultJsonWriter.Write(writer, result);
    }

    private static async Task WriteAsync(HttpResponse response, int statusCode, ResponseFormat format, Action<Utf8JsonWriter> write)
    {
        response.StatusCode = statusCode;
        response.ContentType = ResponseFormats.ContentType(format == ResponseFormat.GraphQLResponseJson ? format : ResponseFormat.Json);
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            write(writer);
        }

        await response.BodyWriter.FlushAsync(response.HttpContext.RequestAborted);
    }
}
