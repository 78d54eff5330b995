namespace Platform.Evaluation.Domain;

/// <summary>The five ways Shanxi's rubric is assessed (seed 002 附件4, note 2).</summary>
public enum AssessmentMethod
{
    /// <summary>听取汇报: hearing the unit's report.</summary>
    Report,

    /// <summary>座谈了解: interviews and discussions.</summary>
    Interview,

    /// <summary>资料审核: reviewing documents.</summary>
    DocumentReview,

    /// <summary>实地考察: visiting the site.</summary>
    SiteVisit,

    /// <summary>问卷调查: questionnaires.</summary>
    Questionnaire,
}
