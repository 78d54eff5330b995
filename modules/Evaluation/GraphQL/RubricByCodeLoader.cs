using Microsoft.EntityFrameworkCore;
using Platform.Evaluation.Data;
using Platform.GraphQL.DataLoader;

namespace Platform.Evaluation.GraphQL;

/// <summary>Rubrics by code, one query per batch: every assessment of a request finds its rubric through it.</summary>
public sealed class RubricByCodeLoader(DataLoaderScope scope, EvaluationContexts contexts) : BatchDataLoader<string, Rubric>(scope)
{
    protected override async Task<IReadOnlyDictionary<string, Rubric>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Rubrics.Where(rubric => keys.Contains(rubric.Code)).ToDictionaryAsync(rubric => rubric.Code, cancellationToken).ConfigureAwait(false);
    }
}
