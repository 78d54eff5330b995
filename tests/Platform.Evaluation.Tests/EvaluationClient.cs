using System.Text.Json;
using Platform.Hosting.Security;
using Platform.Testing;

namespace Platform.Evaluation.Tests;

/// <summary>Shorthands over the module's GraphQL API for assessments, ratings and messages.</summary>
public static class EvaluationClient
{
    public const string AssessmentSelection = "id period status returnReason total basicTotal featuredTotal scoredStandards complete items { code score points featured } scores { standardCode score evidence }";

    public const string CreateMutation = "mutation($unit: ID!, $period: String!) { createAssessment(unitId: $unit, period: $period) { " + AssessmentSelection + " } }";

    public const string ScoreMutation = "mutation($id: ID!, $scores: [StandardScoreInput!]!) { scoreAssessment(id: $id, scores: $scores) { " + AssessmentSelection + " } }";

    public const string SubmitMutation = "mutation($id: ID!) { submitAssessment(id: $id) { id status } }";

    public const string ApproveMutation = "mutation($id: ID!) { approveAssessment(id: $id) { id status approvedBy } }";

    public const string ReturnMutation = "mutation($id: ID!, $reason: String!) { returnAssessment(id: $id, reason: $reason) { id status returnReason } }";

    public const string SendMessageMutation = "mutation($input: MessageInput!) { sendMessage(input: $input) { id status kind contactPhone } }";

    public const string RateActivityMutation = "mutation($input: RatingInput!) { rateActivity(input: $input) { id score period } }";

    public static string Platform(this EvaluationHost host) => host.Token(PlatformRoles.PlatformAdmin);

    /// <summary>Every standard of Shanxi's rubric with its points, in rubric order.</summary>
    public static async Task<IReadOnlyList<(string Code, double Points)>> StandardsAsync(this EvaluationHost host)
    {
        var rubric = (await host.PostAsync("{ rubric { standards { code points } } }")).Ok().GetProperty("rubric");
        return [.. rubric.GetProperty("standards").EnumerateArray().Select(s => (s.GetProperty("code").GetString()!, s.GetProperty("points").GetDouble()))];
    }

    public static async Task<JsonElement> CreateAssessmentAsync(this EvaluationHost host, string unitId, string period, string? token = null) =>
        (await host.PostAsync(CreateMutation, new { unit = unitId, period }, token ?? host.Platform())).Ok().GetProperty("createAssessment");

    /// <summary>Scores every standard with <paramref name="score"/>(code, points) as the platform admin.</summary>
    public static async Task<JsonElement> ScoreAllAsync(this EvaluationHost host, string id, Func<string, double, double> score, string? token = null)
    {
        var scores = (await host.StandardsAsync()).Select(s => new { standard = s.Code, score = score(s.Code, s.Points), evidence = "资料 " + s.Code }).ToArray();
        return (await host.PostAsync(ScoreMutation, new { id, scores }, token ?? host.Platform())).Ok().GetProperty("scoreAssessment");
    }

    public static async Task<string> StatusAsync(this EvaluationHost host, string id) =>
        (await host.PostAsync("query($id: ID!) { assessment(id: $id) { status } }", new { id }, host.Platform())).Ok()
            .GetProperty("assessment").GetProperty("status").GetString()!;

    public static object Message(string unitId, string kind = "COMPLAINT", string content = "路灯坏了", string? phone = null, string? projectId = null) =>
        new { unitId, kind, content, contactPhone = phone, projectId };

    public static async Task<string> SendMessageAsync(this EvaluationHost host, object input) =>
        (await host.PostAsync(SendMessageMutation, new { input })).Ok().GetProperty("sendMessage").GetProperty("id").GetString()!;

    public static async Task RateActivityAsync(this EvaluationHost host, string activityId, string unitId, int score, string? projectId = null) =>
        (await host.PostAsync(RateActivityMutation, new { input = new { subjectId = activityId, unitId, score, projectId } })).Ok();
}
