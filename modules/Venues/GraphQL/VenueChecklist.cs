namespace Platform.Venues.GraphQL;

/// <summary>Shanxi's "四有" standard for centers and institutes (seed 002 §四, 附件4 II-5).</summary>
[GraphQLDescription("Shanxi's \"四有\" standard: a fixed place, fixed signage, office facilities, publicity displays.")]
public sealed record VenueChecklist(bool FixedPlace, bool Signage, bool OfficeFacilities, bool PublicityDisplays)
{
    [GraphQLDescription("All four are met.")]
    public bool Complete => FixedPlace && Signage && OfficeFacilities && PublicityDisplays;
}
