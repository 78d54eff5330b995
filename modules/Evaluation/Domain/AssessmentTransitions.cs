namespace Platform.Evaluation.Domain;

/// <summary>
/// The assessment state machine: draft → submitted (submit, every standard scored) → approved (approve), or
/// submitted → draft (return, with a reason). Anything else is refused with <see cref="EvaluationErrors.InvalidTransition"/>
/// before anything changes.
/// </summary>
public static class AssessmentTransitions
{
    public const int MaxReasonLength = 1000;

    public static AssessmentStatus Submit(AssessmentStatus current, int scoredStandards, int standards)
    {
        Ensure(current, AssessmentStatus.Draft, "submitted");
        if (scoredStandards < standards)
        {
            throw EvaluationErrors.Create(EvaluationErrors.AssessmentIncomplete,
                $"Only {scoredStandards} of the rubric's {standards} standards are scored; score every standard (0 where nothing was achieved) before submitting.");
        }

        return AssessmentStatus.Submitted;
    }

    public static AssessmentStatus Approve(AssessmentStatus current)
    {
        Ensure(current, AssessmentStatus.Submitted, "approved");
        return AssessmentStatus.Approved;
    }

    /// <summary>Back to draft with the reason the assessor reads; returns the trimmed reason.</summary>
    public static (AssessmentStatus Status, string Reason) Return(AssessmentStatus current, string? reason)
    {
        Ensure(current, AssessmentStatus.Submitted, "returned to draft");
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > MaxReasonLength)
        {
            throw EvaluationErrors.Create(EvaluationErrors.ReasonRequired, $"Returning an assessment needs a reason of 1 to {MaxReasonLength} characters.");
        }

        return (AssessmentStatus.Draft, trimmed);
    }

    /// <summary>Scores change only while the assessment is a draft.</summary>
    public static void EnsureEditable(AssessmentStatus current)
    {
        if (current != AssessmentStatus.Draft)
        {
            throw EvaluationErrors.Create(EvaluationErrors.AssessmentLocked,
                $"The assessment is {Name(current)}; scores change only while it is a draft (a province administrator may return it to draft).");
        }
    }

    private static void Ensure(AssessmentStatus current, AssessmentStatus required, string action)
    {
        if (current != required)
        {
            throw EvaluationErrors.Create(EvaluationErrors.InvalidTransition,
                $"An assessment that is {Name(current)} cannot be {action}; only a {Name(required)} one can.");
        }
    }

    private static string Name(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Draft => "draft",
        AssessmentStatus.Submitted => "submitted",
        _ => "approved",
    };
}
