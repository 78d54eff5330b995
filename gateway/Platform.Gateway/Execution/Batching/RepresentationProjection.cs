using Platform.Gateway.Planning;

namespace Platform.Gateway.Execution.Batching;

/// <summary>
/// Copies an entity's key and required fields into a representation, renamed from the client's response keys to the
/// fields' names. Objects are copied, not shared: other fetches keep merging into the response while it is sent.
/// </summary>
internal static class RepresentationProjection
{
    /// <summary>False when a field is missing or failed, at any depth (the entity cannot be represented).</summary>
    public static bool TryProject(
        Dictionary<string, object?> source, IReadOnlyList<RepresentationField> fields, Dictionary<string, object?> into)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (!source.TryGetValue(field.ResponseKey, out var value) || value is FieldErrorMarker)
            {
                return false;
            }

            var projected = ProjectValue(value, field.Children);
            if (projected is FieldErrorMarker)
            {
                return false;
            }

            into[field.Name] = projected;
        }

        return true;
    }

    private static object? ProjectValue(object? value, IReadOnlyList<RepresentationField> children)
    {
        if (children.Count == 0)
        {
            return value;
        }

        switch (value)
        {
            case Dictionary<string, object?> map:
                var projected = new Dictionary<string, object?>(children.Count + 1, StringComparer.Ordinal);
                if (map.TryGetValue("__typename", out var typeName))
                {
                    projected["__typename"] = typeName;
                }

                for (var i = 0; i < children.Count; i++)
                {
                    var child = children[i];
                    if (map.TryGetValue(child.ResponseKey, out var childValue))
                    {
                        var projectedChild = ProjectValue(childValue, child.Children);
                        if (projectedChild is FieldErrorMarker)
                        {
                            return projectedChild;
                        }

                        projected[child.Name] = projectedChild;
                    }
                }

                return projected;
            case List<object?> list:
                var items = new List<object?>(list.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    var item = ProjectValue(list[i], children);
                    if (item is FieldErrorMarker)
                    {
                        return item;
                    }

                    items.Add(item);
                }

                return items;
            default:
                return value;
        }
    }
}
