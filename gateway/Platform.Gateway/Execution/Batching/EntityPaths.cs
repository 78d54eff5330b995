using Platform.Gateway.Planning;

namespace Platform.Gateway.Execution.Batching;

/// <summary>
/// The client paths of some of a batch's objects, found by walking the fetch's paths again (only when an error needs
/// them, so collecting a batch builds no paths). Between collecting and this walk, merges only fill values that were
/// missing or null, with objects that are new, so the objects collected are reached through the same keys and indexes,
/// and an object reached twice is found first where it was collected.
/// </summary>
internal static class EntityPaths
{
    /// <summary>Per wanted object, its path from the response's root: response keys (string) and list indexes (int).</summary>
    public static Dictionary<Dictionary<string, object?>, List<object>> Find(
        FetchNode fetch, Dictionary<string, object?> data, IReadOnlySet<Dictionary<string, object?>> wanted)
    {
        var finder = new Finder(wanted);
        EntityWalk.Walk(fetch, data, ref finder);
        return finder.Found;
    }

    private struct Finder(IReadOnlySet<Dictionary<string, object?>> wanted) : EntityWalk.IVisitor
    {
        private readonly List<object> _steps = [];

        public Dictionary<Dictionary<string, object?>, List<object>> Found { get; } = new(ReferenceEqualityComparer.Instance);

        public readonly void EnterKey(string responseKey) => _steps.Add(responseKey);

        public readonly void EnterIndex(int index) => _steps.Add(index);

        public readonly void Leave() => _steps.RemoveAt(_steps.Count - 1);

        public readonly void Visit(Dictionary<string, object?> entity)
        {
            if (wanted.Contains(entity) && !Found.ContainsKey(entity))
            {
                Found[entity] = [.. _steps];
            }
        }
    }
}
