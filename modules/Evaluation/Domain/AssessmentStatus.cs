namespace Platform.Evaluation.Domain;

/// <summary>Where an assessment stands: scored as a draft, submitted for approval, approved (final).</summary>
public enum AssessmentStatus
{
    /// <summary>Being scored; the only status in which scores change.</summary>
    Draft,

    /// <summary>Handed in by the assessor; awaits approval or return.</summary>
    Submitted,

    /// <summary>Approved by a province or platform administrator; final.</summary>
    Approved,
}
