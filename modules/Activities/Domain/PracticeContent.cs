namespace Platform.Activities.Domain;

/// <summary>The five practice contents every activity and project serves (seed 001; seed 002 §六).</summary>
public enum PracticeContent
{
    /// <summary>Study and practice scientific theory (学习实践科学理论); theory lectures count here.</summary>
    StudyTheory,

    /// <summary>Publicize party policy (宣传宣讲党的政策).</summary>
    PublicizePolicy,

    /// <summary>Cultivate and practice the mainstream values (培育践行主流价值).</summary>
    CultivateValues,

    /// <summary>Enrich cultural life (丰富活跃文化生活).</summary>
    EnrichCulture,

    /// <summary>Reform customs and habits (持续深入移风易俗).</summary>
    ReformCustoms,
}
