namespace Platform.Evaluation.Domain;

/// <summary>What a standard's score and its evidence note must be.</summary>
public static class ScoreRules
{
    public const int MaxEvidenceLength = 2000;

    /// <summary>0 up to the standard's points, in hundredths at most (the rubric itself has half points).</summary>
    public static decimal Score(string standardCode, double score, decimal points)
    {
        if (!double.IsFinite(score))
        {
            throw EvaluationErrors.Create(EvaluationErrors.InvalidScore, $"The score of {standardCode} is not a number.");
        }

        if (score < 0 || score > (double)points)
        {
            throw EvaluationErrors.Create(EvaluationErrors.ScoreOutOfRange,
                $"The score of {standardCode} must be between 0 and its {points} points; {score} is not.");
        }

        var value = (decimal)score;
        if (decimal.Round(value, 2) != value)
        {
            throw EvaluationErrors.Create(EvaluationErrors.InvalidScore, $"The score of {standardCode} has more than two decimal places ({score}).");
        }

        return value;
    }

    /// <summary>The evidence note (what was reviewed or seen), trimmed; empty is allowed and stored as null.</summary>
    public static string? Evidence(string standardCode, string? evidence)
    {
        var trimmed = evidence?.Trim() ?? "";
        if (trimmed.Length > MaxEvidenceLength || trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            throw EvaluationErrors.Create(EvaluationErrors.InvalidEvidence,
                $"The evidence note of {standardCode} must be at most {MaxEvidenceLength} characters without control characters.");
        }

        return trimmed.Length == 0 ? null : trimmed;
    }
}
