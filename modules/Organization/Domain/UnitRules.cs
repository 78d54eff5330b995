namespace Platform.Organization.Domain;

/// <summary>The checks on a unit's own values; each failure is a GraphQL error with its code, raised before anything changes.</summary>
public static class UnitRules
{
    public const int MaxNameLength = 100;

    /// <summary>The trimmed name; non-empty and at most <see cref="MaxNameLength"/> characters.</summary>
    public static string Name(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw OrganizationErrors.Create(OrganizationErrors.InvalidName, "A unit's name must not be empty.");
        }

        if (trimmed.Length > MaxNameLength || trimmed.Any(char.IsControl))
        {
            throw OrganizationErrors.Create(OrganizationErrors.InvalidName,
                $"A unit's name must be at most {MaxNameLength} characters without control characters.");
        }

        return trimmed;
    }

    /// <summary>An administrative division code: 6, 9 or 12 digits (county, township, village codes), or none.</summary>
    public static string? AdministrativeCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var trimmed = code.Trim();
        if (trimmed.Length is not (6 or 9 or 12) || !trimmed.All(char.IsAsciiDigit))
        {
            throw OrganizationErrors.Create(OrganizationErrors.InvalidAdministrativeCode,
                $"\"{code}\" is not an administrative division code (6, 9 or 12 digits).");
        }

        return trimmed;
    }

    public static int? Population(int? population) => population is < 0
        ? throw OrganizationErrors.Create(OrganizationErrors.InvalidPopulation, "A resident population cannot be negative.")
        : population;

    public static int? StaffCount(int? count, string what) => count is < 0
        ? throw OrganizationErrors.Create(OrganizationErrors.InvalidStaffCount, $"The number of {what} cannot be negative.")
        : count;

    /// <summary>Only village-level units (stations) are urban communities or rural villages.</summary>
    public static SettlementKind? Kind(SettlementKind? kind, OrgLevel level) => kind is not null && level != OrgLevel.Village
        ? throw OrganizationErrors.Create(OrganizationErrors.KindNotApplicable,
            $"Only a village or community has a kind (urban community or rural village), not a {UnitHierarchy.Describe(level)}.")
        : kind;
}
