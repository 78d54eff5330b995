using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Gateway.Execution;

/// <summary>
/// Resolvers for the gateway's copy of the API schema: root fields read the merged module answers, every other
/// field reads its response key from its parent object. The engine then gives the response the operation's exact
/// shape and order, null propagation, and abstract types resolved by <c>__typename</c>.
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

            var isRoot = type == schema.QueryType || type == schema.MutationType;
            foreach (var field in type.Fields.Values)
            {
                field.Resolver = isRoot ? ResolveRootAsync : ResolveFromParent;
            }
        }
    }

    /// <summary>Throws the marker's error, or returns null when a sibling position already reported it.</summary>
    public static object? Raise(FieldErrorMarker marker) => marker.ShouldReport() ? throw marker.Error : null;

    private static object? ResolveFromParent(IResolveFieldContext context) =>
        context.Source is Dictionary<string, object?> parent ? Read(parent, context) : null;

    private static async Task<object?> ResolveRootAsync(IResolveFieldContext context)
    {
        if (context.RootValue is not GatewayRequest request)
        {
            return null;
        }

        var data = await request.DataAsync(context).ConfigureAwait(false);
        return Read(data, context);
    }

    private static object? Read(Dictionary<string, object?> parent, IResolveFieldContext context)
    {
        var node = context.FieldNodes[0];
        var value = parent.GetValueOrDefault(node.Alias?.Value ?? node.Name.Value);
        return value is FieldErrorMarker marker ? Raise(marker) : value;
    }
}
