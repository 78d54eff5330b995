namespace Platform.Venues.Domain;

/// <summary>What a function room (功能室) serves (Shandong seed 003 §二.7; resource platforms of seed 002 附件4).</summary>
public enum RoomPurpose
{
    /// <summary>Theory lectures (理论宣讲).</summary>
    Theory,

    /// <summary>Education services (教育服务).</summary>
    Education,

    /// <summary>Cultural activities (文化活动).</summary>
    Culture,

    /// <summary>Sports and fitness (体育健身).</summary>
    Sports,

    /// <summary>Science popularization (科学普及).</summary>
    Science,

    Other,
}
