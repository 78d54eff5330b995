using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Hosting.Hierarchy;

/// <summary>
/// Reads units' ancestors from the Organization subgraph through its federation entry point
/// (<c>_entities</c> over <c>OrgUnit</c> representations), all units missing from the cache in one request, and keeps the
/// answers for a short time. A unit the subgraph does not know has no ancestors, so it is within only its own scope.
/// The ancestors come from the root down, so the last one is the unit's parent.
/// </summary>
public sealed class HttpUnitHierarchy(HttpClient http, UnitHierarchyOptions options, TimeProvider? clock = null) : IUnitHierarchy
{
    private const string Query = """
        query UnitAncestors($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on OrgUnit { id ancestors { id } } }
        }
        """;

    private readonly ConcurrentDictionary<string, CachedAncestors> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<UnitLineage>> _inFlight = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Uri _endpoint = new(options.OrganizationUrl ?? throw new ArgumentException("Platform:OrganizationUrl is not set.", nameof(options)));

    public async Task<bool> IsWithinAsync(string unitId, string scopeUnitId, CancellationToken cancellationToken = default)
    {
        if (string.Equals(unitId, scopeUnitId, StringComparison.Ordinal))
        {
            return true;
        }

        var ancestors = await GetAncestorsAsync([unitId], cancellationToken).ConfigureAwait(false);
        return ancestors[unitId].Contains(scopeUnitId);
    }

    /// <summary>The ancestor ids of each unit (empty for a root or an unknown unit); uncached units are asked for in one request.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> GetAncestorsAsync(
        IReadOnlyCollection<string> unitIds, CancellationToken cancellationToken = default)
    {
        var units = await LoadAsync(unitIds, cancellationToken).ConfigureAwait(false);
        return units.ToDictionary(unit => unit.Key, unit => unit.Value.Ancestors, StringComparer.Ordinal);
    }

    /// <summary>The last of the unit's ancestors, from the same cached answer as its scope.</summary>
    public async Task<string?> GetParentAsync(string unitId, CancellationToken cancellationToken = default)
    {
        var units = await LoadAsync([unitId], cancellationToken).ConfigureAwait(false);
        return units[unitId].ParentId;
    }

    private async Task<Dictionary<string, UnitLineage>> LoadAsync(IReadOnlyCollection<string> unitIds, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var result = new Dictionary<string, UnitLineage>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in unitIds.Distinct(StringComparer.Ordinal))
        {
            if (_cache.TryGetValue(id, out var cached) && cached.ExpiresAt > now)
            {
                result[id] = cached.Lineage;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            foreach (var (id, lineage) in await FetchSharedAsync(missing, cancellationToken).ConfigureAwait(false))
            {
                result[id] = lineage;
            }
        }

        return result;
    }

    /// <summary>
    /// Units another caller is already fetching are awaited, not asked for again; the rest are fetched in one request that
    /// belongs to no caller (bounded by the request timeout), so one caller giving up does not fail the others.
    /// </summary>
    private async Task<List<(string Id, UnitLineage Lineage)>> FetchSharedAsync(List<string> unitIds, CancellationToken cancellationToken)
    {
        var mine = new List<(string Id, TaskCompletionSource<UnitLineage> Source)>();
        var pending = new List<(string Id, Task<UnitLineage> Task)>();
        foreach (var id in unitIds)
        {
            var source = new TaskCompletionSource<UnitLineage>(TaskCreationOptions.RunContinuationsAsynchronously);
            var task = _inFlight.GetOrAdd(id, source.Task);
            if (task == source.Task)
            {
                mine.Add((id, source));
            }

            pending.Add((id, task));
        }

        if (mine.Count > 0)
        {
            _ = FetchIntoAsync(mine);
        }

        var result = new List<(string, UnitLineage)>(pending.Count);
        foreach (var (id, task) in pending)
        {
            result.Add((id, await task.WaitAsync(cancellationToken).ConfigureAwait(false)));
        }

        return result;
    }

    private async Task FetchIntoAsync(List<(string Id, TaskCompletionSource<UnitLineage> Source)> requests)
    {
        try
        {
            var fetched = await FetchAsync([.. requests.Select(r => r.Id)], CancellationToken.None).ConfigureAwait(false);
            var expiresAt = _clock.GetUtcNow() + options.HierarchyCacheTtl;
            foreach (var (id, source) in requests)
            {
                _cache[id] = new CachedAncestors(fetched[id], expiresAt);
                _inFlight.TryRemove(id, out _);
                source.SetResult(fetched[id]);
            }
        }
        catch (Exception error)
        {
            foreach (var (id, source) in requests)
            {
                _inFlight.TryRemove(id, out _);
                source.SetException(error);
            }
        }
    }

    private async Task<Dictionary<string, UnitLineage>> FetchAsync(List<string> unitIds, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["query"] = Query,
            ["variables"] = new JsonObject
            {
                ["representations"] = new JsonArray(unitIds.Select(id => (JsonNode)new JsonObject { ["__typename"] = "OrgUnit", ["id"] = id }).ToArray()),
            },
        };

        JsonNode? response;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            using var reply = await http.PostAsJsonAsync(_endpoint, body, timeout.Token).ConfigureAwait(false);
            if (!reply.IsSuccessStatusCode)
            {
                throw new UnitHierarchyUnavailableException($"The Organization subgraph answered HTTP {(int)reply.StatusCode}.");
            }

            response = await reply.Content.ReadFromJsonAsync<JsonNode>(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception error) when (error is HttpRequestException or JsonException or NotSupportedException
            || (error is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new UnitHierarchyUnavailableException($"The Organization subgraph at {_endpoint} could not be asked for the unit tree: {error.Message}", error);
        }

        if (response?["data"]?["_entities"] is not JsonArray entities || entities.Count != unitIds.Count)
        {
            var errors = response?["errors"]?.ToJsonString() ?? "no _entities in the answer";
            throw new UnitHierarchyUnavailableException($"The Organization subgraph did not return the unit tree: {errors}");
        }

        var result = new Dictionary<string, UnitLineage>(StringComparer.Ordinal);
        for (var i = 0; i < unitIds.Count; i++)
        {
            var ancestors = entities[i]?["ancestors"] is JsonArray list ? list.Select(a => a?["id"]?.GetValue<string>()).OfType<string>().ToList() : [];
            result[unitIds[i]] = new UnitLineage(ancestors.ToHashSet(StringComparer.Ordinal), ancestors.Count == 0 ? null : ancestors[^1]);
        }

        return result;
    }

    /// <summary>What the tree says about one unit: every unit above it, and the one directly above.</summary>
    private sealed record UnitLineage(IReadOnlySet<string> Ancestors, string? ParentId);

    private sealed record CachedAncestors(UnitLineage Lineage, DateTimeOffset ExpiresAt);
}
