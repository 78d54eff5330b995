using System.Text.Json;
using Platform.Testing;

namespace Platform.Volunteers.Tests;

/// <summary>One unit's volunteer figures as <c>_entities</c> returns them.</summary>
internal sealed record UnitFigures(int Registered, int WithHours, int PartyMembers, double? PartyParticipation, double? RegisteredShare, double? WithHoursShare)
{
    public const string Query = """
        query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit {
          id registeredVolunteers volunteersWithHours partyMemberVolunteers partyMemberParticipation registeredVolunteerShare volunteersWithHoursShare } } }
        """;

    /// <summary>The figures of <paramref name="units"/> in one request (each unit's population given as <paramref name="population"/>).</summary>
    public static async Task<Dictionary<string, UnitFigures>> OfAsync(VolunteersHost host, IEnumerable<string> units, int population = 1000)
    {
        var representations = units.Select(id => new { __typename = "OrgUnit", id, residentPopulation = population }).ToArray();
        var entities = (await host.PostAsync(Query, new { r = representations })).Ok().GetProperty("_entities");
        return entities.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, Parse);
    }

    private static UnitFigures Parse(JsonElement e) => new(
        e.GetProperty("registeredVolunteers").GetInt32(),
        e.GetProperty("volunteersWithHours").GetInt32(),
        e.GetProperty("partyMemberVolunteers").GetInt32(),
        Nullable(e.GetProperty("partyMemberParticipation")),
        Nullable(e.GetProperty("registeredVolunteerShare")),
        Nullable(e.GetProperty("volunteersWithHoursShare")));

    private static double? Nullable(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();
}
