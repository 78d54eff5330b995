using Microsoft.EntityFrameworkCore;
using Platform.Evaluation.Data;
using Platform.GraphQL.DataLoader;

namespace Platform.Evaluation.GraphQL;

/// <summary>The assessments of many units with their scores in one query, each unit's ordered by period.</summary>
public sealed class AssessmentsByUnitLoader(DataLoaderScope scope, EvaluationContexts contexts) : GroupedDataLoader<string, Assessment>(scope)
{
    protected override async Task<ILookup<string, Assessment>> LoadGroupedBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var assessments = await db.Assessments.Include(assessment => assessment.Scores)
            .Where(assessment => keys.Contains(assessment.UnitId))
            .OrderBy(assessment => assessment.Period).ThenBy(assessment => assessment.RubricCode)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return assessments.ToLookup(assessment => assessment.UnitId);
    }
}
