using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Security.Claims;

namespace Platform.GraphQL.Tests.Clr.Org;

public enum OrgUnitKind
{
    Province,
    City,
    District,
    [Obsolete("Merged into districts.")]
    County,
}

[Description("Where an activity stands.")]
public enum ActivityStatus
{
    Planned,
    InProgress,
    [GraphQLDescription("Finished and evaluated.")]
    Done,
}

[GraphQLDescription("Anything with a global ID.")]
public interface INode
{
    [ID]
    string Id { get; }
}

[UnionType("SearchResult")]
public interface ISearchResult
{
}

[GraphQLDescription("A unit of the organization: a province, a city or a district.")]
public sealed record OrgUnit([property: ID] string Id, string Name, OrgUnitKind Kind, [property: GraphQLIgnore] string? ParentId) : INode, ISearchResult
{
    [GraphQLDescription("The unit above this one; null for a province.")]
    public OrgUnit? GetParent([Service] OrgDirectory directory) => ParentId is null ? null : directory.Find(ParentId);

    public IReadOnlyList<OrgUnit> GetChildren(OrgDirectory directory) => directory.Units.Where(u => u.ParentId == Id).ToList();

    [Obsolete("Use name.")]
    public string Title => Name;
}

public sealed class Volunteer : INode, ISearchResult
{
    public Guid Id { get; init; }

    string INode.Id => Id.ToString();

    public required string Name { get; init; }

    public DateOnly JoinedOn { get; init; }

    public DateTimeOffset LastSeen { get; init; }

    public long Hours { get; init; }

    public double? Rating { get; init; }

    public IEnumerable<string?> Skills { get; init; } = [];

    public int[]? Badges { get; init; }

    [GraphQLIgnore]
    public string? PhoneNumber { get; init; }
}

[GraphQLDescription("A new org unit.")]
public sealed record CreateOrgUnitInput(string Name, OrgUnitKind Kind, [property: ID] string? ParentId = null);

[OneOf]
public sealed record OrgUnitLookup([property: ID] string Id, string Name);

public sealed class Query(OrgDirectory directory)
{
    public OrgUnit? GetOrgUnit([ID] string id) => directory.Find(id);

    [GraphQLDescription("Units, optionally of one kind.")]
    public IEnumerable<OrgUnit> GetOrgUnits(OrgUnitKind? kind = null, int first = 10, [GraphQLDeprecated("Use first.")] int? limit = null) =>
        directory.Units.Where(u => kind is null || u.Kind == kind).Take(limit ?? first);

    public OrgUnit? Lookup(OrgUnitLookup by) =>
        directory.Units.FirstOrDefault(u => by.Id is not null ? u.Id == by.Id : u.Name == by.Name);

    public IReadOnlyList<ISearchResult> Search(string text, IVolunteerStore volunteers) =>
        [.. directory.Units.Where(u => u.Name.Contains(text, StringComparison.Ordinal)),
         .. volunteers.All.Where(v => v.Name.Contains(text, StringComparison.Ordinal))];

    public INode? Node([ID] string id) => directory.Find(id);

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(1, cancellationToken);
        return directory.Units.Count;
    }

    public string? Me(ClaimsPrincipal? user) => user?.Identity?.Name;

    public static string Version() => "1.0";

    public ValueTask<ActivityStatus> GetStatus(ActivityStatus status = ActivityStatus.InProgress) => ValueTask.FromResult(status);

    public async IAsyncEnumerable<int> Countdown(int from)
    {
        for (var i = from; i > 0; i--)
        {
            await Task.Yield();
            yield return i;
        }
    }
}

public sealed class Mutation
{
    public OrgUnit CreateOrgUnit(CreateOrgUnitInput input, [Service] OrgDirectory directory) => directory.Add(input);
}

public sealed class Subscription
{
    public async IAsyncEnumerable<OrgUnit> OrgUnitCreated(OrgUnitKind kind, OrgDirectory directory, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var unit in directory.Units.Where(u => u.Kind == kind))
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return unit;
        }
    }
}

[ExtendObjectType(typeof(Query))]
public sealed class VolunteerQueries
{
    public IReadOnlyList<Volunteer> GetVolunteers(IVolunteerStore store, string? skill = null) =>
        store.All.Where(v => skill is null || v.Skills.Contains(skill)).ToList();
}

[ExtendObjectType("OrgUnit")]
public sealed class OrgUnitStatistics
{
    public int GetChildCount([Parent] OrgUnit unit, OrgDirectory directory) => directory.Units.Count(u => u.ParentId == unit.Id);
}

public interface IVolunteerStore
{
    IReadOnlyList<Volunteer> All { get; }
}

public sealed class VolunteerStore : IVolunteerStore
{
    public IReadOnlyList<Volunteer> All { get; } =
    [
        new Volunteer
        {
            Id = Guid.Parse("7d9f1c2e-0000-4000-8000-000000000001"),
            Name = "Li Wei",
            JoinedOn = new DateOnly(2024, 3, 1),
            LastSeen = new DateTimeOffset(2026, 11, 20, 8, 30, 0, TimeSpan.FromHours(8)),
            Hours = 5_000_000_000,
            Rating = 4.5,
            Skills = ["first aid", null],
        },
    ];
}

/// <summary>The org units of a test: a province, a city and two districts.</summary>
public sealed class OrgDirectory
{
    public List<OrgUnit> Units { get; } =
    [
        new("zj", "Zhejiang", OrgUnitKind.Province, null),
        new("hz", "Hangzhou", OrgUnitKind.City, "zj"),
        new("xh", "Xihu", OrgUnitKind.District, "hz"),
        new("sc", "Shangcheng", OrgUnitKind.District, "hz"),
    ];

    public OrgUnit? Find(string id) => Units.FirstOrDefault(u => u.Id == id);

    public OrgUnit Add(CreateOrgUnitInput input)
    {
        var unit = new OrgUnit($"u{Units.Count}", input.Name, input.Kind, input.ParentId);
        Units.Add(unit);
        return unit;
    }
}
