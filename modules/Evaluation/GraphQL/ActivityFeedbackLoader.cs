using Microsoft.EntityFrameworkCore;
using Platform.Evaluation.Data;
using Platform.Evaluation.Domain;
using Platform.GraphQL.DataLoader;

namespace Platform.Evaluation.GraphQL;

/// <summary>The ratings of many activities counted in one grouped query.</summary>
public sealed class ActivityFeedbackLoader(DataLoaderScope scope, EvaluationContexts contexts) : BatchDataLoader<string, FeedbackSummary>(scope)
{
    protected override async Task<IReadOnlyDictionary<string, FeedbackSummary>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var rows = await db.Ratings.Where(r => r.Subject == RatedSubject.Activity && keys.Contains(r.SubjectId))
            .GroupBy(r => r.SubjectId)
            .Select(g => new { Id = g.Key, Count = g.Count(), Satisfied = g.Count(r => r.Score >= FeedbackRules.SatisfiedFrom), Sum = g.Sum(r => r.Score) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(row => row.Id, row => FeedbackSummary.Of(new RatingCounts(row.Count, row.Satisfied, row.Sum)));
    }
}
