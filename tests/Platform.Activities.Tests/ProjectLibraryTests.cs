using Platform.Activities.Domain;
using static Platform.Activities.Domain.ProjectAction;
using static Platform.Activities.Domain.ProjectLibraryStatus;

namespace Platform.Activities.Tests;

/// <summary>The project library: every status × every library step, reviewers above the organizer, reasons, public progress.</summary>
public sealed class ProjectLibraryTests(UnitTreeWorld world) : IClassFixture<UnitTreeWorld>
{
    private static readonly Dictionary<ProjectLibraryStatus, ProjectAction[]> PathTo = new()
    {
        [NotSubmitted] = [],
        [Submitted] = [Submit],
        [Screened] = [Submit, Screen],
        [Reviewed] = [Submit, Screen, Review],
        [Admitted] = [Submit, Screen, Review, Admit],
        [Rejected] = [Submit, Reject],
    };

    public static TheoryData<ProjectLibraryStatus, ProjectAction> EveryStatusAndLibraryStep()
    {
        var data = new TheoryData<ProjectLibraryStatus, ProjectAction>();
        foreach (var status in Enum.GetValues<ProjectLibraryStatus>())
        {
            foreach (var action in Enum.GetValues<ProjectAction>().Where(ProjectLibrary.IsLibraryAction))
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    private string Actor(ProjectAction action) => action == Submit ? world.Admin(world.Village) : world.Admin(world.Township);

    [Theory]
    [MemberData(nameof(EveryStatusAndLibraryStep))]
    public async Task A_library_step_is_taken_exactly_when_the_table_allows_it(ProjectLibraryStatus status, ProjectAction action)
    {
        var id = await world.CreateAsync(world.Admin(world.Village));
        foreach (var step in PathTo[status])
        {
            (await world.ProjectStepAsync(id, step, Actor(step), "理由")).Ok();
        }

        var before = await world.ProjectSnapshotAsync(id);
        var response = await world.ProjectStepAsync(id, action, Actor(action), "不符合征集方向");

        var next = ProjectLibrary.Next(status, action);
        if (next is null)
        {
            Assert.Equal(ProjectErrors.StepNotAllowed, response.ErrorCode());
            Assert.Equal(before, await world.ProjectSnapshotAsync(id));
            return;
        }

        var project = response.Ok().GetProperty("step");
        Assert.Equal(ProjectSteps.GraphQLName(next.Value), project.GetProperty("libraryStatus").GetString());
        var reason = project.GetProperty("libraryRejectionReason");
        Assert.Equal(action == Reject ? "不符合征集方向" : null, reason.ValueKind == System.Text.Json.JsonValueKind.Null ? null : reason.GetString());
        var last = project.GetProperty("progress").EnumerateArray().Last();
        Assert.Equal((status.ToString(), next.Value.ToString()), (last.GetProperty("from").GetString(), last.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task Reviewers_sit_above_the_organizing_unit_and_a_rejection_needs_a_reason()
    {
        var id = await world.CreateAsync(world.Admin(world.Village));
        (await world.ProjectStepAsync(id, Submit, world.Admin(world.Village))).Ok();
        var before = await world.ProjectSnapshotAsync(id);

        Assert.Equal("FORBIDDEN", (await world.ProjectStepAsync(id, Screen, world.Admin(world.Village))).ErrorCode());
        Assert.Equal("FORBIDDEN", (await world.ProjectStepAsync(id, Screen, world.Admin(world.OtherVillage))).ErrorCode());
        Assert.Equal(ProjectErrors.ReasonRequired, (await world.ProjectStepAsync(id, Reject, world.Admin(world.Township))).ErrorCode());
        Assert.Equal(before, await world.ProjectSnapshotAsync(id));

        (await world.ProjectStepAsync(id, Screen, world.Admin(world.County))).Ok();
        (await world.ProjectStepAsync(id, Review, world.PlatformAdmin())).Ok();
    }

    [Fact]
    public async Task Admitted_projects_and_their_progress_are_public_and_a_rejected_one_can_come_back()
    {
        var name = "图书漂流-" + Guid.NewGuid().ToString("N")[..6];
        var id = await world.CreateAsync(world.Admin(world.Village), name: name);
        (await world.ProjectStepAsync(id, Submit, world.Admin(world.Village))).Ok();
        (await world.ProjectStepAsync(id, Reject, world.Admin(world.Township), "方案需完善")).Ok();
        var resubmitted = (await world.ProjectStepAsync(id, Submit, world.Admin(world.Village))).Ok().GetProperty("step");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, resubmitted.GetProperty("libraryRejectionReason").ValueKind);
        foreach (var step in new[] { Screen, Review, Admit })
        {
            (await world.ProjectStepAsync(id, step, world.Admin(world.Township))).Ok();
        }

        (await world.ProjectStepAsync(id, Recruit, world.Admin(world.Village))).Ok();

        var library = (await world.Host.PostAsync("{ admittedProjects(first: 100) { edges { node { id name stage progress { action note } } } } }"))
            .Ok().GetProperty("admittedProjects").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var admitted = Assert.Single(library, p => p.GetProperty("id").GetString() == id);
        Assert.Equal("RECRUITING", admitted.GetProperty("stage").GetString());
        Assert.Equal(
            ["CREATE", "SUBMIT", "REJECT", "SUBMIT", "SCREEN", "REVIEW", "ADMIT", "RECRUIT"],
            admitted.GetProperty("progress").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("方案需完善", admitted.GetProperty("progress")[2].GetProperty("note").GetString());
    }
}
