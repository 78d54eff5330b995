namespace Platform.Volunteers.Domain;

/// <summary>Which standard lists a team category belongs to.</summary>
[Flags]
public enum TeamCategoryGroup
{
    /// <summary>A local ("N") category defined by one unit.</summary>
    Local = 0,

    /// <summary>The standing "8" of Hebei and Shanxi's "8+N" [seeds 001, 002 §五.一.1].</summary>
    StandingEight = 1,

    /// <summary>Shandong's 17 center teams [seed 003 §三.2].</summary>
    ShandongSeventeen = 2,
}
