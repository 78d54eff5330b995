namespace Platform.Volunteers.Data;

/// <summary>Why a points entry was made.</summary>
public enum PointsEntryKind
{
    /// <summary>Earned by a recorded service.</summary>
    Earn,

    /// <summary>A correction or revocation of a service changed what it earned.</summary>
    Adjust,

    /// <summary>Spent (积分兑换).</summary>
    Redeem,
}
