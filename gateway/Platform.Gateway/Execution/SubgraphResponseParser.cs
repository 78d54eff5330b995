using System.Text.Json;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Execution;

/// <summary>Reads a GraphQL response body (<c>data</c>, <c>errors</c>) into plain values, refusing anything else.</summary>
internal static class SubgraphResponseParser
{
    public static SubgraphResponse Parse(string module, JsonElement root, int statusCode)
    {
        if (root.ValueKind != JsonValueKind.Object
            || (!root.TryGetProperty("data", out var data) & !root.TryGetProperty("errors", out var errors)))
        {
            return SubgraphResponse.Failed(statusCode is >= 200 and < 300
                ? GatewayErrors.InvalidResponse(module, "the body has neither data nor errors.")
                : GatewayErrors.Unavailable(module, $"it answered HTTP {statusCode}."));
        }

        if (data.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined))
        {
            return SubgraphResponse.Failed(GatewayErrors.InvalidResponse(module, "data is not an object."));
        }

        var list = new List<SubgraphError>();
        if (errors.ValueKind == JsonValueKind.Array)
        {
            foreach (var error in errors.EnumerateArray())
            {
                list.Add(ReadError(error));
            }
        }
        else if (errors.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            return SubgraphResponse.Failed(GatewayErrors.InvalidResponse(module, "errors is not a list."));
        }

        return new SubgraphResponse
        {
            Data = data.ValueKind == JsonValueKind.Object ? (Dictionary<string, object?>)JsonValues.ToValue(data)! : null,
            Errors = list,
        };
    }

    private static SubgraphError ReadError(JsonElement error)
    {
        if (error.ValueKind != JsonValueKind.Object)
        {
            return new SubgraphError("The module reported an error without a message.", null, null);
        }

        var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
            ? m.GetString()!
            : "The module reported an error without a message.";
        List<object>? path = null;
        if (error.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.Array)
        {
            path = [];
            foreach (var segment in p.EnumerateArray())
            {
                if (segment.ValueKind == JsonValueKind.String)
                {
                    path.Add(segment.GetString()!);
                }
                else if (segment.ValueKind == JsonValueKind.Number && segment.TryGetInt32(out var index))
                {
                    path.Add(index);
                }
            }
        }

        var extensions = error.TryGetProperty("extensions", out var e) && e.ValueKind == JsonValueKind.Object
            ? (IReadOnlyDictionary<string, object?>?)JsonValues.ToValue(e)
            : null;
        return new SubgraphError(message, path, extensions);
    }
}
