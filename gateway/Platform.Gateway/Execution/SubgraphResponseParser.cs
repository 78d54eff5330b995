namespace Platform.Gateway.Execution;

/// <summary>
/// Turns a module's answer, read by <see cref="ModuleJsonReader"/> into plain values, into a
/// <see cref="SubgraphResponse"/> (<c>data</c>, <c>errors</c>), refusing anything that is not a GraphQL response.
/// </summary>
internal static class SubgraphResponseParser
{
    private const string NoMessage = "The module reported an error without a message.";

    public static SubgraphResponse Parse(string module, object? root, int statusCode)
    {
        if (root is not Dictionary<string, object?> response
            || (!response.TryGetValue("data", out var data) & !response.TryGetValue("errors", out var errors)))
        {
            return SubgraphResponse.Failed(statusCode is >= 200 and < 300
                ? GatewayErrors.InvalidResponse(module, "the body has neither data nor errors.")
                : GatewayErrors.Unavailable(module, $"it answered HTTP {statusCode}."));
        }

        if (data is not (Dictionary<string, object?> or null))
        {
            return SubgraphResponse.Failed(GatewayErrors.InvalidResponse(module, "data is not an object."));
        }

        var list = new List<SubgraphError>();
        if (errors is List<object?> entries)
        {
            foreach (var error in entries)
            {
                list.Add(ReadError(error));
            }
        }
        else if (errors is not null)
        {
            return SubgraphResponse.Failed(GatewayErrors.InvalidResponse(module, "errors is not a list."));
        }

        return new SubgraphResponse { Data = (Dictionary<string, object?>?)data, Errors = list };
    }

    private static SubgraphError ReadError(object? error)
    {
        if (error is not Dictionary<string, object?> entry)
        {
            return new SubgraphError(NoMessage, null, null);
        }

        var message = entry.TryGetValue("message", out var m) && m is string text ? text : NoMessage;
        List<object>? path = null;
        if (entry.TryGetValue("path", out var p) && p is List<object?> segments)
        {
            path = [];
            foreach (var segment in segments)
            {
                // Field names and list indexes; anything else in a path is dropped.
                if (segment is string or int)
                {
                    path.Add(segment);
                }
            }
        }

        var extensions = entry.TryGetValue("extensions", out var e) ? e as Dictionary<string, object?> : null;
        return new SubgraphError(message, path, extensions);
    }
}
