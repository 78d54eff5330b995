using Platform.Activities.Domain;
using static Platform.Activities.Domain.ProjectAction;
using static Platform.Activities.Domain.ProjectStage;

namespace Platform.Activities.Tests;

/// <summary>The closed loop: every stage × every loop step, rounds, and who may move a project.</summary>
public sealed class ProjectLifecycleTests(UnitTreeWorld world) : IClassFixture<UnitTreeWorld>
{
    private static readonly Dictionary<ProjectStage, ProjectAction[]> PathTo = new()
    {
        [Created] = [],
        [Recruiting] = [Recruit],
        [Implementing] = [Recruit, Implement],
        [Evaluating] = [Recruit, Implement, Evaluate],
        [Improving] = [Recruit, Implement, Evaluate, Improve],
        [Closed] = [Recruit, Implement, Evaluate, Close],
    };

    public static TheoryData<ProjectStage, ProjectAction> EveryStageAndLoopStep()
    {
        var data = new TheoryData<ProjectStage, ProjectAction>();
        foreach (var stage in Enum.GetValues<ProjectStage>())
        {
            foreach (var action in Enum.GetValues<ProjectAction>().Where(ProjectLifecycle.IsLifecycleAction))
            {
                data.Add(stage, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStageAndLoopStep))]
    public async Task A_loop_step_is_taken_exactly_when_the_table_allows_it(ProjectStage stage, ProjectAction action)
    {
        var organizer = world.Admin(world.Village);
        var id = await world.CreateAsync(organizer);
        foreach (var step in PathTo[stage])
        {
            (await world.ProjectStepAsync(id, step, organizer)).Ok();
        }

        var before = await world.ProjectSnapshotAsync(id);
        var response = await world.ProjectStepAsync(id, action, organizer, "问卷回访满意率 92%");

        var next = ProjectLifecycle.Next(stage, action);
        if (next is null)
        {
            Assert.Equal(ProjectErrors.StepNotAllowed, response.ErrorCode());
            Assert.Equal(before, await world.ProjectSnapshotAsync(id));
            return;
        }

        var project = response.Ok().GetProperty("step");
        Assert.Equal(ProjectSteps.GraphQLName(next.Value), project.GetProperty("stage").GetString());
        Assert.Equal(ProjectLifecycle.StartsRound(action) ? 2 : 1, project.GetProperty("round").GetInt32());
        var last = project.GetProperty("progress").EnumerateArray().Last();
        Assert.Equal(ProjectSteps.GraphQLName(action), last.GetProperty("action").GetString());
        Assert.Equal(stage.ToString(), last.GetProperty("from").GetString());
        Assert.Equal(next.Value.ToString(), last.GetProperty("to").GetString());
        Assert.Equal(PathTo[stage].Length + 2, project.GetProperty("progress").GetArrayLength());
    }

    [Fact]
    public async Task Improving_leads_to_new_rounds_that_recruit_or_implement_again_and_the_progress_shows_each_round()
    {
        var organizer = world.Admin(world.Township);
        var id = await world.CreateAsync(organizer);
        ProjectAction[] steps = [Recruit, Implement, Evaluate, Improve, RecruitAgain, Implement, Evaluate, Improve, ImplementAgain, Evaluate, Close];
        foreach (var step in steps)
        {
            (await world.ProjectStepAsync(id, step, organizer)).Ok();
        }

        var project = (await world.Host.PostAsync("query($id: ID!) { project(id: $id) { stage round progress { round } } }", new { id })).Ok().GetProperty("project");
        Assert.Equal("CLOSED", project.GetProperty("stage").GetString());
        Assert.Equal(3, project.GetProperty("round").GetInt32());
        Assert.Equal([1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3], project.GetProperty("progress").EnumerateArray().Select(e => e.GetProperty("round").GetInt32()));
    }

    [Fact]
    public async Task Only_administrators_of_the_organizing_unit_create_and_move_projects()
    {
        var id = await world.CreateAsync(world.Admin(world.Village));
        var before = await world.ProjectSnapshotAsync(id);

        Assert.Equal("FORBIDDEN", (await world.ProjectStepAsync(id, Recruit, world.Admin(world.OtherVillage))).ErrorCode());
        Assert.Equal("FORBIDDEN", (await world.ProjectStepAsync(id, Recruit, world.Citizen("citizen-project"))).ErrorCode());
        Assert.Equal("UNAUTHENTICATED", (await world.Host.PostAsync("mutation($id: ID!) { takeProjectStep(id: $id, action: RECRUIT) { id } }", new { id })).ErrorCode());
        Assert.Equal(ProjectErrors.StepNotAllowed, (await world.ProjectStepAsync(id, Create, world.Admin(world.Village))).ErrorCode());
        Assert.Equal(before, await world.ProjectSnapshotAsync(id));

        var create = "mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }";
        var elsewhere = new { input = new { unitId = world.Village, name = "x", content = "STUDY_THEORY" } };
        Assert.Equal("FORBIDDEN", (await world.Host.PostAsync(create, elsewhere, world.Admin(world.OtherVillage))).ErrorCode());
        var badTeams = new { input = new { unitId = world.Village, name = "x", content = "STUDY_THEORY", teamIds = new[] { "nope" } } };
        Assert.Equal(ProjectErrors.InvalidTeams, (await world.Host.PostAsync(create, badTeams, world.Admin(world.Village))).ErrorCode());
        (await world.ProjectStepAsync(id, Recruit, world.Admin(world.County))).Ok();
    }

    [Fact]
    public async Task Six_organizers_taking_the_same_step_at_once_record_it_once()
    {
        var organizer = world.Admin(world.Village);
        var id = await world.CreateAsync(organizer);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return await world.ProjectStepAsync(id, Recruit, organizer);
        })).ToArray();
        start.SetResult();
        var responses = await Task.WhenAll(racing);

        Assert.Single(responses, r => !r.HasErrors);
        Assert.All(responses.Where(r => r.HasErrors), r => Assert.Contains(r.ErrorCode(), new[] { ProjectErrors.Conflict, ProjectErrors.StepNotAllowed }));
        var progress = (await world.Host.PostAsync("query($id: ID!) { project(id: $id) { version progress { action } } }", new { id })).Ok().GetProperty("project");
        Assert.Equal(2, progress.GetProperty("version").GetInt32());
        Assert.Equal(["CREATE", "RECRUIT"], progress.GetProperty("progress").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }
}
