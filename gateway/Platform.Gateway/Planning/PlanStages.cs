using Platform.GraphQL.Language;

namespace Platform.Gateway.Planning;

/// <summary>
/// Turns planned fetches into the plan: each entity fetch runs one stage after the latest fetch it waits for, and
/// entity fetches of one stage, subgraph and type are merged into one <c>_entities</c> call when their selections
/// fit together (same representation shape, no response key used for two different fields; for a mutation, under
/// the same root field).
/// </summary>
internal static class PlanStages
{
    public static IReadOnlyList<FetchNode> Finish(List<FetchBuilder> fetches, OperationDefinitionNode operation)
    {
        AssignStages(fetches);
        var merged = Batch(fetches, operation.Operation == OperationType.Mutation);
        return merged
            .OrderBy(f => f.Stage)
            .ThenBy(f => f.Id)
            .Select(f => f.Build(operation))
            .ToList();
    }

    private static void AssignStages(List<FetchBuilder> fetches)
    {
        foreach (var fetch in fetches)
        {
            fetch.Stage = 0;
        }

        // Dependencies form a DAG whose depth is bounded by the number of fetches; a cycle would stop at that bound.
        for (var round = 0; round < fetches.Count; round++)
        {
            var changed = false;
            foreach (var fetch in fetches.Where(f => f.DependsOn.Count > 0))
            {
                var stage = fetch.DependsOn.Max(d => d.Stage) + 1;
                if (stage != fetch.Stage)
                {
                    fetch.Stage = stage;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }
    }

    /// <param name="perRootField">
    /// Mutations: entity fetches under different root fields stay apart, so each mutation's reads run before the next mutation.
    /// </param>
    private static List<FetchBuilder> Batch(List<FetchBuilder> fetches, bool perRootField)
    {
        var result = new List<FetchBuilder>();
        foreach (var group in fetches.GroupBy(f => (
            f.Stage,
            f.Subgraph,
            f.EntityType,
            f.ResolvesType,
            Shape: f.EntityType is null ? null : f.RepresentationSignature(),
            Root: perRootField && f.Paths.Count > 0 && f.Paths[0].Count > 0 ? f.Paths[0][0].ResponseKey : null)))
        {
            if (group.Key.EntityType is null)
            {
                result.AddRange(group);
                continue;
            }

            var batches = new List<FetchBuilder>();
            foreach (var fetch in group)
            {
                var batch = batches.FirstOrDefault(b => b.Selection.CanMerge(fetch.Selection));
                if (batch is null)
                {
                    batches.Add(fetch);
                    continue;
                }

                batch.Selection.Merge(fetch.Selection);
                batch.AcceptedTypes.UnionWith(fetch.AcceptedTypes);
                batch.Paths.AddRange(fetch.Paths.Where(p => !batch.Paths.Any(known => known.SequenceEqual(p))));
            }

            result.AddRange(batches);
        }

        return result;
    }
}
