using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Hosting.Security;
using Platform.Testing;

namespace Platform.Activities.Tests;

/// <summary>
/// The module over PostgreSQL with a unit tree county → township → village (and a second village under the township)
/// served by a tree subgraph, and the people who act on orders: citizens, administrators, volunteers.
/// </summary>
public sealed class UnitTreeWorld : IAsyncLifetime
{
    public const string OrderFields = "id status version need content unit { id } originUnit { id } assigneeKind team { id } volunteer { id } rating ratingComment rewardNote rewardPoints history { sequence action from to actor role reason unit { id } }";

    public string County { get; } = EntityIds.New();
    public string Township { get; } = EntityIds.New();
    public string Village { get; } = EntityIds.New();
    public string OtherVillage { get; } = EntityIds.New();
    public string TeamId { get; } = EntityIds.New();
    public string OtherTeamId { get; } = EntityIds.New();

    public ActivitiesHost Host { get; private set; } = null!;

    public SqlCommandCounter Counter { get; } = new();

    private OrganizationStandIn _organization = null!;

    public async Task InitializeAsync()
    {
        _organization = await OrganizationStandIn.StartTreeAsync(new Dictionary<string, string?>
        {
            [County] = null,
            [Township] = County,
            [Village] = Township,
            [OtherVillage] = Township,
        });
        Host = await ActivitiesHost.StartPostgresAsync(Counter, _organization.Url);
        Host.Clock.Set(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)));
    }

    public string Citizen(string subject) => Issue(new TokenRequest(subject, PlatformRoles.Citizen));

    public string Admin(string unitId) => Host.Token(PlatformRoles.UnitAdmin, unitId);

    public string PlatformAdmin() => Host.Token(PlatformRoles.PlatformAdmin);

    public string VolunteerToken(string volunteerId) => Issue(new TokenRequest("volunteer-" + volunteerId, PlatformRoles.Volunteer, VolunteerId: volunteerId));

    private string Issue(TokenRequest request) => Host.Services.GetRequiredService<PlatformTokenIssuer>().Issue(request);

    /// <summary>A citizen places an order at <paramref name="unitId"/> (the village by default); returns its id.</summary>
    public async Task<string> PlaceAsync(string citizenToken, string? unitId = null)
    {
        var response = await Host.PostAsync(
            "mutation($input: PlaceServiceOrderInput!) { placeServiceOrder(input: $input) { id } }",
            new { input = new { unitId = unitId ?? Village, need = "帮助独居老人打扫卫生", content = "ENRICH_CULTURE" } },
            citizenToken);
        return response.Ok().GetProperty("placeServiceOrder").GetProperty("id").GetString()!;
    }

    /// <summary>Calls the mutation of <paramref name="action"/> with arguments that suit it, returning the order's fields.</summary>
    public Task<GraphQLResponse> StepAsync(ServiceOrderAction action, string id, string token, string? teamId = null, string? volunteerId = null)
    {
        var assignee = volunteerId is not null ? $"volunteerId: \"{volunteerId}\"" : $"teamId: \"{teamId ?? TeamId}\"";
        var call = action switch
        {
            ServiceOrderAction.Dispatch => $"dispatchServiceOrder(id: $id, {assignee})",
            ServiceOrderAction.OpenForGrabs => "openServiceOrder(id: $id)",
            ServiceOrderAction.Redispatch => $"redispatchServiceOrder(id: $id, teamId: \"{teamId ?? OtherTeamId}\", reason: \"另派\")",
            ServiceOrderAction.Accept => teamId is null ? "acceptServiceOrder(id: $id)" : $"acceptServiceOrder(id: $id, teamId: \"{teamId}\")",
            ServiceOrderAction.Reject => "rejectServiceOrder(id: $id, reason: \"人手不足\")",
            ServiceOrderAction.Escalate => "escalateServiceOrder(id: $id, reason: \"本级无法满足\")",
            ServiceOrderAction.Complete => "completeServiceOrder(id: $id)",
            ServiceOrderAction.Rate => "rateCompletedServiceOrder(id: $id, rating: 5, comment: \"很满意\")",
            ServiceOrderAction.Reward => "rewardServiceOrder(id: $id, note: \"优秀服务奖\", points: 20)",
            ServiceOrderAction.Cancel => "cancelServiceOrder(id: $id, reason: \"已不需要\")",
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Placing is not a step of a placed order."),
        };
        return Host.PostAsync($"mutation($id: ID!) {{ step: {call} {{ {OrderFields} }} }}", new { id }, token);
    }

    /// <summary>The order's row and history as stored, as text: equal snapshots mean nothing changed.</summary>
    public async Task<string> SnapshotAsync(string id)
    {
        await using var db = Host.Services.GetRequiredService<ActivitiesContexts>().Create();
        var order = await db.Set<ServiceOrder>().SingleAsync(o => o.Id == id);
        var history = await db.Set<ServiceOrderHistoryEntry>().Where(e => e.OrderId == id).OrderBy(e => e.Sequence).ToListAsync();
        return JsonSerializer.Serialize(new { order, history });
    }

    public async Task<List<ServiceOrderHistoryEntry>> HistoryAsync(string id)
    {
        await using var db = Host.Services.GetRequiredService<ActivitiesContexts>().Create();
        return await db.Set<ServiceOrderHistoryEntry>().Where(e => e.OrderId == id).OrderBy(e => e.Sequence).ToListAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _organization.DisposeAsync();
    }
}
