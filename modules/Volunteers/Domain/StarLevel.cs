namespace Platform.Volunteers.Domain;

/// <summary>
/// The national star rating by accumulated service hours (《志愿服务记录与证明出具办法》 thresholds):
/// 100, 300, 600, 1000 and 1500 hours make one to five stars.
/// </summary>
public static class StarLevel
{
    public static readonly IReadOnlyList<int> ThresholdHours = [100, 300, 600, 1000, 1500];

    /// <summary>Stars (0-5) for <paramref name="minutes"/> of service: a threshold counts only once fully reached.</summary>
    public static int ForMinutes(long minutes) => ThresholdHours.Count(hours => minutes >= hours * 60L);
}
