using System.Runtime.InteropServices;
using Platform.Gateway.Planning;

namespace Platform.Gateway.Execution.Batching;

/// <summary>
/// The entities one <c>_entities</c> fetch is for: every object of the fetch's type at the fetch's paths in the
/// merged response, and one representation per distinct key (duplicates share it). Client paths are not kept; an
/// error finds them with <see cref="EntityPaths"/>.
/// </summary>
internal sealed class EntityBatch
{
    /// <summary>Up to this many objects per representation, "reached before?" is a scan of them; past it, a set.</summary>
    private const int LinearScanLimit = 8;

    private readonly FetchNode _fetch;
    private readonly Dictionary<Dictionary<string, object?>, int> _indexByRepresentation = new(RepresentationComparer.Instance);
    private readonly List<Dictionary<string, object?>> _targets = [];
    private readonly List<Chain> _chains = [];
    private readonly List<int> _nextTarget = [];
    private HashSet<Dictionary<string, object?>>? _seen;
    private Dictionary<string, object?>? _spare;

    private EntityBatch(FetchNode fetch) => _fetch = fetch;

    public List<Dictionary<string, object?>> Representations { get; } = [];

    /// <summary>Every object the batch stands for, each once.</summary>
    public IReadOnlyList<Dictionary<string, object?>> Targets => _targets;

    /// <summary>Objects of the type that could not be represented (a key or required field is missing).</summary>
    public List<Dictionary<string, object?>> Unrepresentable { get; } = [];

    public static EntityBatch Collect(FetchNode fetch, Dictionary<string, object?> data)
    {
        var collector = new Collector(new EntityBatch(fetch));
        EntityWalk.Walk(fetch, data, ref collector);
        return collector.Batch;
    }

    /// <summary>The objects representation <paramref name="index"/> stands for, in the order they were reached.</summary>
    public TargetList TargetsOf(int index) => new(this, _chains[index].First);

    private void Add(Dictionary<string, object?> entity)
    {
        if (EntityWalk.TypeName(entity) is { } typeName && typeName != _fetch.EntityType && !_fetch.AcceptedTypes.Contains(typeName))
        {
            return;
        }

        // A projection that turns out to be a duplicate (or fails) leaves its dictionary for the next one.
        var representation = _spare ?? new Dictionary<string, object?>(_fetch.Representation.Count + 1, StringComparer.Ordinal);
        _spare = null;
        representation["__typename"] = _fetch.EntityType;
        if (!RepresentationProjection.TryProject(entity, _fetch.Representation, representation))
        {
            representation.Clear();
            _spare = representation;
            Unrepresentable.Add(entity);
            return;
        }

        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_indexByRepresentation, representation, out var known);
        if (known)
        {
            var index = slot;
            representation.Clear();
            _spare = representation;
            if (!ReachedBefore(index, entity))
            {
                AddTarget(index, entity);
            }

            return;
        }

        slot = Representations.Count;
        AddRepresentation(representation, entity);
    }

    private void AddRepresentation(Dictionary<string, object?> representation, Dictionary<string, object?> entity)
    {
        var index = Representations.Count;
        Representations.Add(representation);
        _chains.Add(new Chain { First = -1, Last = -1 });
        AddTarget(index, entity);
    }

    /// <summary>
    /// The same object can be reached again (two paths, or one object merged into several places by an earlier fetch);
    /// it then has the same representation, so only that representation's objects need checking.
    /// </summary>
    private bool ReachedBefore(int index, Dictionary<string, object?> entity)
    {
        if (_seen is null && _chains[index].Count >= LinearScanLimit)
        {
            _seen = new HashSet<Dictionary<string, object?>>(_targets, ReferenceEqualityComparer.Instance);
        }

        if (_seen is not null)
        {
            return _seen.Contains(entity);
        }

        for (var target = _chains[index].First; target >= 0; target = _nextTarget[target])
        {
            if (ReferenceEquals(_targets[target], entity))
            {
                return true;
            }
        }

        return false;
    }

    private void AddTarget(int index, Dictionary<string, object?> entity)
    {
        var target = _targets.Count;
        _targets.Add(entity);
        _nextTarget.Add(-1);
        _seen?.Add(entity);
        ref var chain = ref CollectionsMarshal.AsSpan(_chains)[index];
        if (chain.Last < 0)
        {
            chain.First = target;
        }
        else
        {
            _nextTarget[chain.Last] = target;
        }

        chain.Last = target;
        chain.Count++;
    }

    /// <summary>A representation's objects: a chain through <see cref="_nextTarget"/>.</summary>
    private struct Chain
    {
        public int First;
        public int Last;
        public int Count;
    }

    /// <summary>The objects of one representation, walked without allocating.</summary>
    public readonly struct TargetList(EntityBatch batch, int first)
    {
        public Enumerator GetEnumerator() => new(batch, first);

        public struct Enumerator(EntityBatch batch, int first)
        {
            private int _next = first;

            public Dictionary<string, object?> Current { get; private set; } = null!;

            public bool MoveNext()
            {
                if (_next < 0)
                {
                    return false;
                }

                Current = batch._targets[_next];
                _next = batch._nextTarget[_next];
                return true;
            }
        }
    }

    private struct Collector(EntityBatch batch) : EntityWalk.IVisitor
    {
        public readonly EntityBatch Batch => batch;

        public readonly void EnterKey(string responseKey)
        {
        }

        public readonly void EnterIndex(int index)
        {
        }

        public readonly void Leave()
        {
        }

        public readonly void Visit(Dictionary<string, object?> entity) => batch.Add(entity);
    }
}
