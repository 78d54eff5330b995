using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Gateway.Execution;

/// <summary>
/// Resolvers for the gateway's copy of the API schema: root fields read the merged module answers, every other
/// field reads its response key from its parent object. The engine then gives the response the operation's exact
/// shape and order, null propagation, and abstract types resolved by <c>__typename</c>. A subscription field's event
/// stream is the <see cref="GatewaySubscription"/>'s, and each event (a merged response) is the root its field reads.
/// </summary>
internal static class ResponseKeyResolvers
{
    public static void Install(Schema schema)
    {
        foreach (var type in schema.TypeMap.Values.OfType<ObjectType>())
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            var isRoot = type == schema.QueryType || type == schema.MutationType || type == schema.SubscriptionType;
            foreach (var field in type.Fields.Values)
            {
                if (isRoot)
                {
                    field.Resolver = ResolveRootAsync;
                }
                else
                {
                    field.Reader = ReadFromParent;
                }

                if (type == schema.SubscriptionType)
                {
                    field.Subscriber = SubscribeAsync;
                }
            }
        }
    }

    /// <summary>Throws the marker's error, or returns null when a sibling position already reported it.</summary>
    public static object? Raise(FieldErrorMarker marker) => marker.ShouldReport() ? throw marker.Error : null;

    private static object? ReadFromParent(object? parent, string responseKey) =>
        parent is Dictionary<string, object?> map && map.TryGetValue(responseKey, out var value)
            ? value is FieldErrorMarker marker ? Raise(marker) : value
            : null;

    private static async Task<object?> ResolveRootAsync(IResolveFieldContext context)
    {
        switch (context.RootValue)
        {
            case GatewayRequest request:
                return Read(await request.DataAsync(context).ConfigureAwait(false), context);
            case MergedResponse subscriptionEvent:
                return Read(subscriptionEvent.Data, context);
            default:
                return null;
        }
    }

    private static async ValueTask<IAsyncEnumerable<object?>> SubscribeAsync(IResolveFieldContext context)
    {
        if (context.RootValue is not GatewaySubscription subscription)
        {
            throw new InvalidOperationException("A gateway subscription runs with its GatewaySubscription as the root value.");
        }

        await subscription.StartAsync(context.CancellationToken).ConfigureAwait(false);
        return subscription.EventsAsync();
    }

    private static object? Read(Dictionary<string, object?> parent, IResolveFieldContext context)
    {
        var node = context.FieldNodes[0];
        var value = parent.GetValueOrDefault(node.Alias?.Value ?? node.Name.Value);
        return value is FieldErrorMarker marker ? Raise(marker) : value;
    }
}
