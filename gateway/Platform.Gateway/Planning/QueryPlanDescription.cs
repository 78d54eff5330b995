namespace Platform.Gateway.Planning;

/// <summary>A plan as JSON-shaped values, for <c>extensions.queryPlan</c>: per fetch its stage, module, type, paths and document.</summary>
public static class QueryPlanDescription
{
    public static IReadOnlyList<object?> Describe(QueryPlan? plan) =>
        plan is null
            ? []
            : plan.Fetches.Select(fetch => (object?)new Dictionary<string, object?>
            {
                ["stage"] = fetch.Stage,
                ["module"] = fetch.Subgraph,
                ["entityType"] = fetch.EntityType,
                ["paths"] = fetch.Paths.Select(path => (object?)string.Join(".", path.Select(s => s.ResponseKey))).ToList(),
                ["document"] = fetch.Document,
            }).ToList();
}
