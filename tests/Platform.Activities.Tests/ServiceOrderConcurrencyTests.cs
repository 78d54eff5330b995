using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Activities.GraphQL;
using Platform.GraphQL;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Security;

namespace Platform.Activities.Tests;

/// <summary>Volunteers racing for one order against PostgreSQL: exactly one wins, the others get a clear conflict.</summary>
public sealed class ServiceOrderConcurrencyTests(UnitTreeWorld world) : IClassFixture<UnitTreeWorld>
{
    [Fact]
    public async Task Ten_volunteers_grabbing_one_open_order_at_once_leave_one_winner_and_nine_conflicts()
    {
        var id = await world.PlaceAsync(world.Citizen("citizen-race"));
        (await world.StepAsync(ServiceOrderAction.OpenForGrabs, id, world.Admin(world.Village))).Ok();
        var volunteers = Enumerable.Range(0, 10).Select(_ => EntityIds.New()).ToArray();
        var tokens = volunteers.Select(world.VolunteerToken).ToArray();

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = tokens.Select(token => Task.Run(async () =>
        {
            await start.Task;
            return await world.StepAsync(ServiceOrderAction.Accept, id, token);
        })).ToArray();
        start.SetResult();
        var responses = await Task.WhenAll(racing);

        var winners = responses.Where(r => !r.HasErrors).ToList();
        var winner = Assert.Single(winners).Data.GetProperty("step");
        Assert.Equal("ACCEPTED", winner.GetProperty("status").GetString());
        Assert.All(responses.Where(r => r.HasErrors), r => Assert.Equal(ServiceOrderErrors.Conflict, r.ErrorCode()));
        Assert.Equal(9, responses.Count(r => r.HasErrors));

        var history = await world.HistoryAsync(id);
        var accept = Assert.Single(history, e => e.Action == ServiceOrderAction.Accept);
        Assert.Equal(ServiceOrderStatus.Open, accept.From);
        var winningVolunteer = winner.GetProperty("volunteer").GetProperty("id").GetString();
        Assert.Contains(winningVolunteer, volunteers);
        Assert.Equal("volunteer-" + winningVolunteer, accept.ActorSubject);
        Assert.Equal([1, 2, 3], history.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Two_administrators_dispatching_one_order_at_once_save_one_dispatch()
    {
        var id = await world.PlaceAsync(world.Citizen("citizen-dispatch-race"));
        var admins = new[] { world.Admin(world.Village), world.Admin(world.County), world.Admin(world.Township), world.PlatformAdmin() };

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = admins.Select(token => Task.Run(async () =>
        {
            await start.Task;
            return await world.StepAsync(ServiceOrderAction.Dispatch, id, token);
        })).ToArray();
        start.SetResult();
        var responses = await Task.WhenAll(racing);

        Assert.Single(responses, r => !r.HasErrors);
        Assert.All(responses.Where(r => r.HasErrors), r =>
            Assert.Contains(r.ErrorCode(), new[] { ServiceOrderErrors.Conflict, ServiceOrderErrors.TransitionNotAllowed }));
        Assert.Single(await world.HistoryAsync(id), e => e.Action == ServiceOrderAction.Dispatch);
    }

    [Fact]
    public async Task A_step_saved_on_a_version_someone_else_moved_past_is_refused_by_the_database_and_saves_nothing()
    {
        var id = await world.PlaceAsync(world.Citizen("citizen-version"));
        (await world.StepAsync(ServiceOrderAction.OpenForGrabs, id, world.Admin(world.Village))).Ok();
        var hierarchy = world.Host.Services.GetRequiredService<IUnitHierarchy>();
        var clock = world.Host.Services.GetRequiredService<TimeProvider>();
        using var scope1 = world.Host.Services.CreateScope();
        using var scope2 = world.Host.Services.CreateScope();
        var slow = scope1.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
        var fast = scope2.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var proceed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var slowStep = ServiceOrderWorkflow.TakeAsync(ServiceOrderAction.Accept, id, Volunteer("slow"), slow, hierarchy, clock, async (order, _) =>
        {
            loaded.SetResult();
            await proceed.Task;
            (order.AssigneeKind, order.AssigneeId) = (ServiceOrderAssigneeKind.Volunteer, "slow");
            return null;
        }, CancellationToken.None);
        await loaded.Task;
        await ServiceOrderWorkflow.TakeAsync(ServiceOrderAction.Accept, id, Volunteer("fast"), fast, hierarchy, clock, (order, _) =>
        {
            (order.AssigneeKind, order.AssigneeId) = (ServiceOrderAssigneeKind.Volunteer, "fast");
            return Task.FromResult<string?>(null);
        }, CancellationToken.None);
        var afterFast = await world.SnapshotAsync(id);
        proceed.SetResult();

        var error = await Assert.ThrowsAsync<GraphQLError>(() => slowStep);
        Assert.Equal(ServiceOrderErrors.Conflict, error.Extensions?["code"]);
        Assert.Equal(afterFast, await world.SnapshotAsync(id));
        Assert.Single(await world.HistoryAsync(id), e => e.Action == ServiceOrderAction.Accept && e.ActorSubject == "volunteer-fast");
    }

    private static ClaimsPrincipal Volunteer(string id) => new(new ClaimsIdentity(
        [new Claim(PlatformClaims.Subject, "volunteer-" + id), new Claim(PlatformClaims.Role, PlatformRoles.Volunteer), new Claim(PlatformClaims.Volunteer, id)],
        "test", PlatformClaims.Name, PlatformClaims.Role));
}
