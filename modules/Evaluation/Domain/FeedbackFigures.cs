namespace Platform.Evaluation.Domain;

/// <summary>
/// Ratings counted: how many, how many satisfied (4 or 5), their sum. Satisfaction rate = satisfied / ratings (null
/// without ratings); average = sum / ratings.
/// </summary>
public readonly record struct RatingCounts(int Ratings, int Satisfied, long ScoreSum)
{
    public static readonly RatingCounts None = new(0, 0, 0);

    public double? SatisfactionRate => Ratings == 0 ? null : (double)Satisfied / Ratings;

    public double? AverageScore => Ratings == 0 ? null : (double)ScoreSum / Ratings;

    public static RatingCounts operator +(RatingCounts left, RatingCounts right) =>
        new(left.Ratings + right.Ratings, left.Satisfied + right.Satisfied, left.ScoreSum + right.ScoreSum);
}
