namespace Platform.Organization.Domain;

/// <summary>Whether a village-level unit is an urban community or a rural village (Shandong's lecture quota differs) [seed 003 §四.7].</summary>
[GraphQLDescription("Urban community or rural village: applies to village-level units (stations).")]
public enum SettlementKind
{
    [GraphQLDescription("An urban residents' community (社区).")]
    UrbanCommunity,

    [GraphQLDescription("A rural administrative village (行政村).")]
    RuralVillage,
}
