namespace Platform.Organization.Domain;

/// <summary>Which government made a unit a pilot of the practice-center program [seed 002 §二, 附件1-2].</summary>
[GraphQLDescription("Which government made the unit a pilot of the practice-center program.")]
public enum PilotLevel
{
    [GraphQLDescription("Not a pilot.")]
    None,

    [GraphQLDescription("A central (national) pilot (中央试点).")]
    Central,

    [GraphQLDescription("A provincial pilot (省级试点).")]
    Provincial,

    [GraphQLDescription("A municipal pilot (市级试点).")]
    Municipal,

    [GraphQLDescription("A pilot township or village its county chose itself (各县自行确定的试点).")]
    County,
}
