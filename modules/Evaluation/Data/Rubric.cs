namespace Platform.Evaluation.Data;

/// <summary>
/// An assessment rubric (评估细则): items (评估项目) of contents (评估内容) of standards (评估标准), each with points.
/// Items marked featured (特色指标) are scored on top of the basic ones. Stored as one row with its tree as JSON.
/// </summary>
[GraphQLDescription("An assessment rubric (评估细则): items → contents → standards, each with points; featured items count on top of the basic ones.")]
public sealed class Rubric
{
    [GraphQLDescription("Stable code, e.g. shanxi-2020-pilot.")]
    public required string Code { get; init; }

    public required string Name { get; set; }

    [GraphQLDescription("The province whose rubric it is.")]
    public required string Province { get; set; }

    [GraphQLDescription("Where the text comes from.")]
    public required string Source { get; set; }

    [GraphQLDescription("The rubric's own notes (备注), as written.")]
    public List<string> Notes { get; set; } = [];

    public List<RubricItem> Items { get; set; } = [];

    [GraphQLDescription("Points of all items.")]
    public decimal TotalPoints => Items.Sum(item => item.Points);

    [GraphQLDescription("Points of the basic (not featured) items.")]
    public decimal BasicPoints => Items.Where(item => !item.Featured).Sum(item => item.Points);

    [GraphQLDescription("Points of the featured items (特色指标).")]
    public decimal FeaturedPoints => Items.Where(item => item.Featured).Sum(item => item.Points);

    [GraphQLDescription("Every standard in rubric order.")]
    public IReadOnlyList<RubricStandard> Standards => [.. Items.SelectMany(item => item.Contents).SelectMany(content => content.Standards)];

    /// <summary>The standard with this code, or null.</summary>
    [GraphQLIgnore]
    public RubricStandard? FindStandard(string code) =>
        Items.SelectMany(item => item.Contents).SelectMany(content => content.Standards).FirstOrDefault(standard => standard.Code == code);
}
