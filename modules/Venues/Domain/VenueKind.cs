namespace Platform.Venues.Domain;

/// <summary>What a venue (阵地) is, following the practice network and its service points (domain §2).</summary>
public enum VenueKind
{
    /// <summary>A county practice center's site (实践中心).</summary>
    CenterSite,

    /// <summary>A township practice institute's site (实践所).</summary>
    InstituteSite,

    /// <summary>A village or community practice station's site (实践站).</summary>
    StationSite,

    /// <summary>A practice base (实践基地).</summary>
    PracticeBase,

    /// <summary>A volunteer service station (志愿服务站).</summary>
    VolunteerServiceStation,

    /// <summary>A volunteer service point (志愿服务点).</summary>
    VolunteerServicePoint,

    /// <summary>A volunteer service post (志愿服务岗).</summary>
    VolunteerServicePost,

    /// <summary>A family practice station (家庭实践站, Shandong).</summary>
    FamilyStation,

    /// <summary>A park or square used for practice activities.</summary>
    ParkOrSquare,
}
