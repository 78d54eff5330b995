using Platform.Gateway.Planning;

namespace Platform.Gateway.Execution;

/// <summary>
/// The entities one <c>_entities</c> fetch is for: every object of the fetch's type at the fetch's paths in the
/// merged response, each with its client path, and one representation per distinct key (duplicates share it).
/// </summary>
internal sealed class EntityBatch
{
    private readonly Dictionary<string, int> _indexByRepresentation = new(StringComparer.Ordinal);
    private readonly List<HashSet<Dictionary<string, object?>>> _entitiesByRepresentation = [];
    private readonly RepresentationKeys _keys = new();

    public List<Dictionary<string, object?>> Representations { get; } = [];

    /// <summary>Per representation, the objects it stands for and their client paths.</summary>
    public List<List<(Dictionary<string, object?> Entity, ClientPath Path)>> Targets { get; } = [];

    /// <summary>Objects of the type that could not be represented (a key or required field is missing).</summary>
    public List<Dictionary<string, object?>> Unrepresentable { get; } = [];

    public static EntityBatch Collect(FetchNode fetch, Dictionary<string, object?> data)
    {
        var batch = new EntityBatch();
        foreach (var path in fetch.Paths)
        {
            batch.Walk(fetch, data, path, 0, ClientPath.Root);
        }

        return batch;
    }

    private void Walk(FetchNode fetch, object? value, IReadOnlyList<PathSegment> path, int depth, ClientPath clientPath)
    {
        switch (value)
        {
            case List<object?> list:
                for (var i = 0; i < list.Count; i++)
                {
                    Walk(fetch, list[i], path, depth, clientPath.Append(i));
                }

                return;
            case Dictionary<string, object?> map:
                if (depth == path.Count)
                {
                    Add(fetch, map, clientPath);
                    return;
                }

                var segment = path[depth];
                if (segment.ParentType is { } parentType && TypeName(map) is { } typeName && typeName != parentType)
                {
                    return;
                }

                if (map.TryGetValue(segment.ResponseKey, out var child))
                {
                    Walk(fetch, child, path, depth + 1, clientPath.Append(segment.ResponseKey));
                }

                return;
        }
    }

    private void Add(FetchNode fetch, Dictionary<string, object?> entity, ClientPath clientPath)
    {
        if (TypeName(entity) is { } typeName && typeName != fetch.EntityType && !fetch.AcceptedTypes.Contains(typeName))
        {
            return;
        }

        var representation = new Dictionary<string, object?>(StringComparer.Ordinal) { ["__typename"] = fetch.EntityType };
        if (!Project(entity, fetch.Representation, representation))
        {
            Unrepresentable.Add(entity);
            return;
        }

        var key = _keys.KeyOf(representation);
        if (!_indexByRepresentation.TryGetValue(key, out var index))
        {
            index = Representations.Count;
            _indexByRepresentation[key] = index;
            Representations.Add(representation);
            Targets.Add([]);
            _entitiesByRepresentation.Add(new HashSet<Dictionary<string, object?>>(ReferenceEqualityComparer.Instance));
        }

        if (_entitiesByRepresentation[index].Add(entity))
        {
            Targets[index].Add((entity, clientPath));
        }
    }

    private static bool Project(Dictionary<string, object?> source, IReadOnlyList<RepresentationField> fields, Dictionary<string, object?> into)
    {
        foreach (var field in fields)
        {
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
                var projected = new Dictionary<string, object?>(StringComparer.Ordinal);
                if (map.TryGetValue("__typename", out var typeName))
                {
                    projected["__typename"] = typeName;
                }

                foreach (var child in children)
                {
                    if (map.TryGetValue(child.ResponseKey, out var childValue))
                    {
                        projected[child.Name] = ProjectValue(childValue, child.Children);
                    }
                }

                return projected;
            case List<object?> list:
                return list.Select(item => ProjectValue(item, children)).ToList();
            default:
                return value;
        }
    }

    private static string? TypeName(Dictionary<string, object?> map) =>
        map.TryGetValue("__typename", out var name) ? name as string : null;
}
