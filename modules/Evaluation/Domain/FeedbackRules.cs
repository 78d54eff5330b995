namespace Platform.Evaluation.Domain;

/// <summary>What ratings and messages must be.</summary>
public static class FeedbackRules
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    /// <summary>A rating at or above this counts as satisfied (满意).</summary>
    public const int SatisfiedFrom = 4;

    public const int MaxCommentLength = 500;
    public const int MaxMessageLength = 2000;

    public static int Score(int score) =>
        score is >= MinScore and <= MaxScore
            ? score
            : throw EvaluationErrors.Create(EvaluationErrors.InvalidRating, $"A rating is {MinScore} to {MaxScore}; {score} is not.");

    /// <summary>An optional comment, trimmed; empty is stored as null.</summary>
    public static string? Comment(string? comment)
    {
        var trimmed = comment?.Trim() ?? "";
        if (trimmed.Length > MaxCommentLength || HasControl(trimmed))
        {
            throw EvaluationErrors.Create(EvaluationErrors.InvalidComment, $"A comment is at most {MaxCommentLength} characters without control characters.");
        }

        return trimmed.Length == 0 ? null : trimmed;
    }

    public static string MessageText(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > MaxMessageLength || HasControl(trimmed))
        {
            throw EvaluationErrors.Create(EvaluationErrors.InvalidMessage, $"A message is 1 to {MaxMessageLength} characters without control characters.");
        }

        return trimmed;
    }

    private static bool HasControl(string text) => text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
}
