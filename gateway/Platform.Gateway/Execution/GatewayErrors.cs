using Platform.GraphQL;

namespace Platform.Gateway.Execution;

/// <summary>Every error the gateway itself reports, with its stable <c>extensions.code</c>.</summary>
public static class GatewayErrors
{
    public const string SubgraphUnavailableCode = "SUBGRAPH_UNAVAILABLE";
    public const string SubgraphInvalidResponseCode = "SUBGRAPH_INVALID_RESPONSE";
    public const string NoSupergraphCode = "NO_SUPERGRAPH";
    public const string SubscriptionLimitExceededCode = "SUBSCRIPTION_LIMIT_EXCEEDED";

    /// <summary>The code of a module's own error that came without one (as Apollo Gateway reports it).</summary>
    public const string DownstreamServiceErrorCode = "DOWNSTREAM_SERVICE_ERROR";

    internal static GraphQLError Unavailable(string module, string reason) =>
        Coded($"Module '{module}' is unavailable: {reason}", SubgraphUnavailableCode, module);

    internal static GraphQLError InvalidResponse(string module, string reason) =>
        Coded($"Module '{module}' answered with an invalid response: {reason}", SubgraphInvalidResponseCode, module);

    internal static GraphQLError NoSupergraph() =>
        new("The gateway has no composed graph yet: no module is registered or none could be composed.",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = NoSupergraphCode });

    internal static GraphQLError SubscriptionLimitExceeded(int limit) =>
        new(limit > 0 ? $"The gateway serves at most {limit} subscriptions at a time; try again later." : "The gateway serves no subscriptions.",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = SubscriptionLimitExceededCode });

    internal static GraphQLError ModuleLeft(string module) =>
        Unavailable(module, "it left the gateway, which ends the subscription.");

    /// <summary>
    /// An error a module reported, at the client's path, its extensions kept, naming the module in
    /// <c>extensions.serviceName</c> and coded <see cref="DownstreamServiceErrorCode"/> unless it had a code.
    /// </summary>
    internal static GraphQLError FromModule(string module, SubgraphError error, IReadOnlyList<object>? clientPath)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (error.Extensions is not null)
        {
            foreach (var (key, value) in error.Extensions)
            {
                extensions[key] = value;
            }
        }

        extensions["serviceName"] = module;
        extensions.TryAdd("code", DownstreamServiceErrorCode);
        return new GraphQLError(error.Message, path: clientPath, extensions: extensions);
    }

    private static GraphQLError Coded(string message, string code, string module) =>
        new(message, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code, ["serviceName"] = module });
}
