using Platform.Activities.Domain;

namespace Platform.Activities.GraphQL;

/// <summary>A practice content with its official Chinese name, for pickers and reports.</summary>
public sealed record PracticeContentInfo(PracticeContent Content, string Name)
{
    /// <summary>The five contents in the order the seeds list them.</summary>
    public static IReadOnlyList<PracticeContentInfo> All { get; } =
    [
        new(PracticeContent.StudyTheory, "学习实践科学理论"),
        new(PracticeContent.PublicizePolicy, "宣传宣讲党的政策"),
        new(PracticeContent.CultivateValues, "培育践行主流价值"),
        new(PracticeContent.EnrichCulture, "丰富活跃文化生活"),
        new(PracticeContent.ReformCustoms, "持续深入移风易俗"),
    ];
}
