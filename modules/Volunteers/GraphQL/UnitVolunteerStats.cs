namespace Platform.Volunteers.GraphQL;

/// <summary>What the Volunteers module counts for one unit (volunteers whose home unit is it or lies below it).</summary>
public sealed record UnitVolunteerStats(int Registered, int WithHours, int PartyMembers, int PartyMembersWithHours)
{
    public static readonly UnitVolunteerStats None = new(0, 0, 0, 0);
}
