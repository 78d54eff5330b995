using Microsoft.EntityFrameworkCore;
using Platform.Evaluation.Data;
using Platform.Evaluation.Domain;
using Platform.GraphQL.DataLoader;

namespace Platform.Evaluation.GraphQL;

/// <summary>
/// Satisfaction and demand figures of many units, counted in SQL: per distinct period asked for, one grouped query over
/// ratings and one over messages, whatever the number of units.
/// </summary>
public sealed class UnitSatisfactionLoader(DataLoaderScope scope, EvaluationContexts contexts) : BatchDataLoader<UnitPeriod, UnitSatisfaction>(scope)
{
    protected override async Task<IReadOnlyDictionary<UnitPeriod, UnitSatisfaction>> LoadBatchAsync(IReadOnlyList<UnitPeriod> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var result = new Dictionary<UnitPeriod, UnitSatisfaction>();
        foreach (var group in keys.GroupBy(key => key.Period))
        {
            var units = group.Select(key => key.UnitId).Distinct().ToList();
            var ratings = db.Ratings.Where(r => units.Contains(r.UnitId));
            var messages = db.Messages.Where(m => units.Contains(m.UnitId));
            if (group.Key is { } period)
            {
                ratings = ratings.Where(r => r.Period == period);
                messages = messages.Where(m => m.Period == period);
            }

            var ratingRows = await ratings.GroupBy(r => new { r.UnitId, r.ProjectId })
                .Select(g => new { g.Key.UnitId, g.Key.ProjectId, Count = g.Count(), Satisfied = g.Count(r => r.Score >= FeedbackRules.SatisfiedFrom), Sum = g.Sum(r => r.Score) })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var messageRows = await messages.GroupBy(m => new { m.UnitId, m.ProjectId, m.Kind })
                .Select(g => new { g.Key.UnitId, g.Key.ProjectId, g.Key.Kind, Count = g.Count() })
                .ToListAsync(cancellationToken).ConfigureAwait(false);

            foreach (var unit in units)
            {
                var unitRatings = ratingRows.Where(row => row.UnitId == unit)
                    .ToDictionary(row => row.ProjectId ?? "", row => new RatingCounts(row.Count, row.Satisfied, row.Sum));
                var unitMessages = messageRows.Where(row => row.UnitId == unit).ToList();
                int Count(MessageKind kind) => unitMessages.Where(row => row.Kind == kind).Sum(row => row.Count);
                var demands = Count(MessageKind.Demand);
                var demandsByProject = unitMessages.Where(row => row.Kind == MessageKind.Demand && row.ProjectId is not null)
                    .GroupBy(row => row.ProjectId!).ToDictionary(g => g.Key, g => g.Sum(row => row.Count));
                var projects = unitRatings.Keys.Where(project => project.Length > 0).Union(demandsByProject.Keys)
                    .Select(project =>
                    {
                        var counts = unitRatings.GetValueOrDefault(project, RatingCounts.None);
                        var projectDemands = demandsByProject.GetValueOrDefault(project);
                        return new ProjectFeedback(project, counts.Ratings, counts.Satisfied, counts.SatisfactionRate, counts.AverageScore,
                            projectDemands, demands == 0 ? null : (double)projectDemands / demands);
                    })
                    .OrderByDescending(project => project.Demands).ThenBy(project => project.ProjectId, StringComparer.Ordinal)
                    .ToList();
                var total = unitRatings.Values.Aggregate(RatingCounts.None, (sum, counts) => sum + counts);
                result[new UnitPeriod(unit, group.Key)] = new UnitSatisfaction(group.Key, total.Ratings, total.Satisfied, total.SatisfactionRate,
                    total.AverageScore, demands, Count(MessageKind.Complaint), Count(MessageKind.Suggestion), projects);
            }
        }

        return result;
    }
}
