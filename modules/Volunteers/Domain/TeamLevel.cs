namespace Platform.Volunteers.Domain;

/// <summary>
/// Where a team sits in the brigade structure [seed 001 §二.一]: the general brigade (总队) at the center, township
/// detachments (支队) and village brigades (大队) below it, and unit or social squads (单位分队/社会分队) beside them.
/// </summary>
public enum TeamLevel
{
    /// <summary>总队: the county/city general brigade.</summary>
    GeneralBrigade,

    /// <summary>支队: a township (street) detachment under the general brigade.</summary>
    Detachment,

    /// <summary>大队: a village (community) brigade under a detachment.</summary>
    Brigade,

    /// <summary>单位分队: a squad of an agency or enterprise, under the general brigade.</summary>
    UnitSquad,

    /// <summary>社会分队: a squad of a social organization, under the general brigade.</summary>
    SocialSquad,
}
