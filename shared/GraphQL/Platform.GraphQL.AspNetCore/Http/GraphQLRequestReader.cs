using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Platform.GraphQL.AspNetCore.Execution;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads GraphQL requests from HTTP: a POST's JSON body (one request, or a batch array when enabled) or a GET's
/// query string. Anything malformed throws <see cref="GraphQLHttpRequestException"/> with the status to answer.
/// </summary>
internal static class GraphQLRequestReader
{
    public static GraphQLRequest ReadGet(IQueryCollection query)
    {
        var text = Single(query, "query");
        if (string.IsNullOrEmpty(text))
        {
            throw BadRequest("The request has no \"query\" parameter.");
        }

        return new GraphQLRequest(
            text,
            Single(query, "operationName") is { Length: > 0 } name ? name : null,
            ParseMapParameter(Single(query, "variables"), "variables"),
            ParseMapParameter(Single(query, "extensions"), "extensions"));
    }

    /// <returns>The requests, and whether the body was a batch (a JSON array).</returns>
    public static async Task<(IReadOnlyList<GraphQLRequest> Requests, bool IsBatch)> ReadPostAsync(
        HttpRequest request, GraphQLServerOptions options)
    {
        CheckContentType(request.ContentType);
        var body = await ReadBodyAsync(request, options.MaxRequestBodyBytes);
        if (body.Length == 0)
        {
            throw BadRequest("The request body is empty.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 128 });
        }
        catch (JsonException exception)
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest, ServerErrors.InvalidJson(exception.Message));
        }

        using (document)
        {
            var root = document.RootElement;
            switch (root.ValueKind)
            {
                case JsonValueKind.Object:
                    return ([ReadRequest(root)], false);
                case JsonValueKind.Array when !options.EnableBatching:
                    throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest, ServerErrors.BatchingDisabled());
                case JsonValueKind.Array:
                    var count = root.GetArrayLength();
                    if (count == 0 || count > options.MaxBatchSize)
                    {
                        throw BadRequest($"A batch must hold between 1 and {options.MaxBatchSize} requests.");
                    }

                    return (root.EnumerateArray().Select(ReadBatchItem).ToArray(), true);
                default:
                    throw BadRequest("The request body must be a JSON object with a \"query\" string.");
            }
        }
    }

    private static GraphQLRequest ReadBatchItem(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object ? ReadRequest(item) : throw BadRequest("Each request of a batch must be a JSON object.");

    private static GraphQLRequest ReadRequest(JsonElement body)
    {
        string? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query":
                    query = property.Value.ValueKind == JsonValueKind.String
                        ? property.Value.GetString()
                        : throw BadRequest("The \"query\" parameter must be a string.");
                    break;
                case "operationName":
                    operationName = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Null => null,
                        _ => throw BadRequest("The \"operationName\" parameter must be a string or null."),
                    };
                    break;
                case "variables":
                    variables = ReadMap(property.Value, "variables");
                    break;
                case "extensions":
                    extensions = ReadMap(property.Value, "extensions");
                    break;
            }
        }

        if (string.IsNullOrEmpty(query))
        {
            throw BadRequest("The request has no \"query\" string.");
        }

        return new GraphQLRequest(query, operationName, variables, extensions);
    }

    private static IReadOnlyDictionary<string, object?>? ReadMap(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.Object => (IReadOnlyDictionary<string, object?>)JsonValues.ToValue(value)!,
        JsonValueKind.Null => null,
        _ => throw BadRequest($"The \"{name}\" parameter must be a JSON object or null."),
    };

    private static IReadOnlyDictionary<string, object?>? ParseMapParameter(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return ReadMap(document.RootElement, name);
        }
        catch (JsonException)
        {
            throw BadRequest($"The \"{name}\" parameter must be URL-encoded JSON.");
        }
    }

    private static void CheckContentType(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status415UnsupportedMediaType, ServerErrors.UnsupportedMediaType(contentType));
        }

        var isJson = mediaType.MediaType.Equals(ResponseFormats.JsonMediaType, StringComparison.OrdinalIgnoreCase);
        var charset = mediaType.Charset.Value;
        if (!isJson || (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status415UnsupportedMediaType, ServerErrors.UnsupportedMediaType(contentType));
        }
    }

    /// <summary>The whole body, refusing (413) one longer than the limit without reading it all.</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, long limit)
    {
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, Math.Min(limit, 64 * 1024)) + 1);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await request.Body.ReadAsync(memory, request.HttpContext.RequestAborted);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                throw TooLarge(limit);
            }
        }
    }

    private static GraphQLHttpRequestException TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, ServerErrors.RequestTooLarge(limit));

    private static GraphQLHttpRequestException BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, ServerErrors.InvalidRequest(message));

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) ? values.ToString() : null;
}
