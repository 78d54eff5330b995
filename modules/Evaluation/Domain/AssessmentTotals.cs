using Platform.Evaluation.Data;

namespace Platform.Evaluation.Domain;

/// <summary>An item's score: the sum of its standards' scores (unscored standards count 0).</summary>
[GraphQLDescription("An item's score in an assessment: the sum of its standards' scores.")]
public sealed record ItemTotal(
    [property: GraphQLDescription("The item's code, e.g. I-1.")] string Code,
    string Title,
    [property: GraphQLDescription("The item's points (its maximum).")] decimal Points,
    bool Featured,
    decimal Score,
    [property: GraphQLDescription("Standards of the item scored so far.")] int ScoredStandards,
    int Standards);

/// <summary>An assessment's totals by item and overall, basic and featured apart.</summary>
public sealed record AssessmentTotals(IReadOnlyList<ItemTotal> Items, decimal Basic, decimal Featured, int ScoredStandards, int Standards)
{
    public decimal Total => Basic + Featured;

    public static AssessmentTotals Of(Rubric rubric, IEnumerable<StandardScore> scores)
    {
        var byCode = scores.ToDictionary(score => score.StandardCode, score => score.Score, StringComparer.Ordinal);
        var items = rubric.Items.Select(item =>
        {
            var standards = item.Contents.SelectMany(content => content.Standards).ToList();
            var scored = standards.Where(standard => byCode.ContainsKey(standard.Code)).ToList();
            return new ItemTotal(item.Code, item.Title, item.Points, item.Featured,
                scored.Sum(standard => byCode[standard.Code]), scored.Count, standards.Count);
        }).ToList();
        return new AssessmentTotals(
            items,
            items.Where(item => !item.Featured).Sum(item => item.Score),
            items.Where(item => item.Featured).Sum(item => item.Score),
            items.Sum(item => item.ScoredStandards),
            items.Sum(item => item.Standards));
    }
}
