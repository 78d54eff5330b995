using Platform.Activities.Domain;
using Platform.Testing;

namespace Platform.Activities.Tests;

/// <summary>Creating projects and taking their steps through the graph.</summary>
public static class ProjectSteps
{
    public const string ProjectFields = "id name stage round libraryStatus libraryRejectionReason isBrand version unit { id } teams { id } progress { sequence action from to round note }";

    public static async Task<string> CreateAsync(this UnitTreeWorld world, string token, string? unitId = null, string name = "邻里守望", string[]? teams = null)
    {
        var response = await world.Host.PostAsync(
            $"mutation($input: CreateProjectInput!) {{ createProject(input: $input) {{ id }} }}",
            new { input = new { unitId = unitId ?? world.Village, name, content = "CULTIVATE_VALUES", description = "关爱空巢老人", teamIds = teams ?? [world.TeamId] } },
            token);
        return response.Ok().GetProperty("createProject").GetProperty("id").GetString()!;
    }

    public static Task<GraphQLResponse> ProjectStepAsync(this UnitTreeWorld world, string id, ProjectAction action, string token, string? note = null) =>
        world.Host.PostAsync(
            $"mutation($id: ID!, $action: ProjectAction!, $note: String) {{ step: takeProjectStep(id: $id, action: $action, note: $note) {{ {ProjectFields} }} }}",
            new { id, action = GraphQLName(action), note },
            token);

    public static async Task<string> ProjectSnapshotAsync(this UnitTreeWorld world, string id) =>
        (await world.Host.PostAsync($"query($id: ID!) {{ project(id: $id) {{ {ProjectFields} }} }}", new { id })).Ok().GetProperty("project").GetRawText();

    /// <summary>"RecruitAgain" → "RECRUIT_AGAIN".</summary>
    public static string GraphQLName<T>(T value) where T : Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
