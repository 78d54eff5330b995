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

    /// <summary>The last of the unit's ancestors (they come from the root down), from the same cached answer as its scope.</summary>
    public async Task<string?> GetParentAsync(string unitId, CancellationToken cancellationToken = default)
    {
        var units = await LoadAsync([unitId], cancellationToken).ConfigureAwait(false);
        return units[unitId].ParentId;
    }

    private async Task<Dictionary<string, CachedAncestors>> LoadAsync(IReadOnlyCollection<string> unitIds, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var result = new Dictionary<string, CachedAncestors>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in unitIds.Distinct(StringComparer.Ordinal))
        {
            if (_cache.TryGetValue(id, out var cached) && cached.ExpiresAt > now)
            {
                result[id] = cached;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            var fetched = await FetchAsync(missing, cancellationToken).ConfigureAwait(false);
            var expiresAt = now + options.HierarchyCacheTtl;
            foreach (var (id, ancestors) in fetched)
            {
                var entry = new CachedAncestors(ancestors.ToHashSet(StringComparer.Ordinal), ancestors.Count == 0 ? null : ancestors[^1], expiresAt);
                _cache[id] = entry;
                result[id] = entry;
            }
        }

        return result;
    }

    private async Task<Dictionary<string, IReadOnlyList<string>>> FetchAsync(List<string> unitIds, CancellationToken cancellationToken)
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

        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i < unitIds.Count; i++)
        {
            var ancestors = entities[i]?["ancestors"] as JsonArray;
            result[unitIds[i]] = ancestors is null ? [] : [.. ancestors.Select(a => a?["id"]?.GetValue<string>()).OfType<string>()];
        }

        return result;
    }

    private sealed record CachedAncestors(IReadOnlySet<string> Ancestors, string? ParentId, DateTimeOffset ExpiresAt);
}
