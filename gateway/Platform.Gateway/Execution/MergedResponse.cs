using System.Runtime.InteropServices;
using Platform.Gateway.Execution.Batching;
using Platform.Gateway.Planning;
using Platform.GraphQL;

namespace Platform.Gateway.Execution;

/// <summary>
/// The response being assembled from module answers: one JSON-shaped tree (response keys as the fetches selected
/// them) plus the errors that have no field to stand on. Fetches of one stage merge concurrently, so every change
/// goes through one lock.
/// </summary>
internal sealed class MergedResponse
{
    private readonly object _gate = new();
    private readonly List<GraphQLError> _looseErrors = [];

    public Dictionary<string, object?> Data { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<GraphQLError> LooseErrors
    {
        get
        {
            lock (_gate)
            {
                return _looseErrors.ToArray();
            }
        }
    }

    /// <summary>Merges a root fetch's <c>data</c> into the response's.</summary>
    public void MergeRoot(Dictionary<string, object?> data)
    {
        lock (_gate)
        {
            MergeObjects(Data, data, copy: false);
        }
    }

    /// <summary>Merges an <c>_entities</c> answer: result i into every object representation i stands for.</summary>
    public void MergeEntities(EntityBatch batch, List<object?> results, bool replaceTypeName)
    {
        lock (_gate)
        {
            for (var i = 0; i < results.Count; i++)
            {
                if (results[i] is not Dictionary<string, object?> result)
                {
                    continue;
                }

                var typeName = replaceTypeName ? result.GetValueOrDefault("__typename") as string : null;
                var copy = false;
                foreach (var entity in batch.TargetsOf(i))
                {
                    // Each place the entity appears gets its own nested objects, so that later fetches (and their
                    // errors) reach every place, not only the first.
                    MergeObjects(entity, result, copy);
                    copy = true;
                    if (typeName is not null)
                    {
                        entity["__typename"] = typeName;
                    }
                }
            }
        }
    }

    /// <summary>Marks each key of <paramref name="target"/> that has no value yet (a fetch that failed).</summary>
    public void MarkMissing(Dictionary<string, object?> target, IReadOnlyList<string> keys, FieldErrorMarker marker)
    {
        lock (_gate)
        {
            MarkMissingUnlocked(target, keys, marker);
        }
    }

    /// <summary>Marks the keys of every object of <paramref name="targets"/> that have no value yet.</summary>
    public void MarkMissing(IReadOnlyList<Dictionary<string, object?>> targets, IReadOnlyList<string> keys, FieldErrorMarker marker)
    {
        lock (_gate)
        {
            for (var i = 0; i < targets.Count; i++)
            {
                MarkMissingUnlocked(targets[i], keys, marker);
            }
        }
    }

    /// <summary>The client paths of some objects of an entity fetch (see <see cref="EntityPaths"/>).</summary>
    public Dictionary<Dictionary<string, object?>, List<object>> FindPaths(
        FetchNode fetch, IReadOnlySet<Dictionary<string, object?>> entities)
    {
        lock (_gate)
        {
            return EntityPaths.Find(fetch, Data, entities);
        }
    }

    /// <summary>
    /// Puts a module's error where the client will see its field: at its path if the value there is null or missing,
    /// else at the first null on the way (the module propagated it there). Errors on list items or on values that
    /// arrived are reported beside the data, with their path.
    /// </summary>
    public void PlaceError(GraphQLError error, IReadOnlyList<object> path)
    {
        lock (_gate)
        {
            object? current = Data;
            for (var i = 0; i < path.Count; i++)
            {
                if (current is Dictionary<string, object?> map && path[i] is string key)
                {
                    if (!map.TryGetValue(key, out var value) || value is null)
                    {
                        map[key] = new FieldErrorMarker(error, reportOnce: false);
                        return;
                    }

                    if (value is FieldErrorMarker)
                    {
                        return;
                    }

                    current = value;
                }
                else if (current is List<object?> list && path[i] is int index && index >= 0 && index < list.Count && list[index] is not null)
                {
                    current = list[index];
                }
                else
                {
                    break;
                }
            }

            _looseErrors.Add(error);
        }
    }

    public void AddLooseError(GraphQLError error)
    {
        lock (_gate)
        {
            _looseErrors.Add(error);
        }
    }

    private static void MarkMissingUnlocked(Dictionary<string, object?> target, IReadOnlyList<string> keys, FieldErrorMarker marker)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (!target.TryGetValue(keys[i], out var value) || value is null)
            {
                target[keys[i]] = marker;
            }
        }
    }

    private static void MergeObjects(Dictionary<string, object?> target, Dictionary<string, object?> source, bool copy)
    {
        // One resize at most, and one hash lookup per key.
        target.EnsureCapacity(target.Count + source.Count);
        foreach (var (key, value) in source)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(target, key, out _);
            if (slot is null)
            {
                slot = copy ? AnswerValues.Copy(value) : value;
            }
            else
            {
                MergeValues(slot, value, copy);
            }
        }
    }

    private static void MergeValues(object existing, object? incoming, bool copy)
    {
        switch (existing, incoming)
        {
            case (Dictionary<string, object?> a, Dictionary<string, object?> b):
                MergeObjects(a, b, copy);
                break;
            case (List<object?> a, List<object?> b) when a.Count == b.Count:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is null)
                    {
                        a[i] = copy ? AnswerValues.Copy(b[i]) : b[i];
                    }
                    else
                    {
                        MergeValues(a[i]!, b[i], copy);
                    }
                }

                break;
        }
    }
}
