using Platform.Activities.Domain;

namespace Platform.Activities.Tests;

/// <summary>Volunteers racing for one order against PostgreSQL: exactly one wins, the others get a clear conflict.</summary>
public sealed class ServiceOrderConcurrencyTests(ServiceOrderWorld world) : IClassFixture<ServiceOrderWorld>
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
}
