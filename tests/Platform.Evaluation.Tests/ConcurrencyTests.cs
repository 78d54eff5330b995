using static Platform.Evaluation.Tests.EvaluationClient;

namespace Platform.Evaluation.Tests;

/// <summary>Status changes racing each other: exactly one wins, the others are refused with a code, and the result is consistent.</summary>
public sealed class ConcurrencyTests(TreeFixture fixture) : IClassFixture<TreeFixture>
{
    private EvaluationHost Host => fixture.Host;

    [Fact]
    public async Task Of_many_simultaneous_approvals_and_returns_exactly_one_takes_effect()
    {
        var id = (await Host.CreateAssessmentAsync(UnitTree.NewId(), "2026-H1")).GetProperty("id").GetString()!;
        await Host.ScoreAllAsync(id, (_, points) => points);
        (await Host.PostAsync(SubmitMutation, new { id }, Host.Platform())).Ok();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => i % 2 == 0
            ? Host.PostAsync(ApproveMutation, new { id }, Host.Platform())
            : Host.PostAsync(ReturnMutation, new { id, reason = "退回 " + i }, Host.Platform())));

        var winners = responses.Where(response => !response.HasErrors).ToList();
        Assert.Single(winners);
        Assert.All(responses.Where(response => response.HasErrors), response => Assert.Contains(response.ErrorCode(), new[] { "INVALID_TRANSITION", "CONCURRENT_CHANGE" }));
        var expected = winners[0].Data.TryGetProperty("approveAssessment", out _) ? "APPROVED" : "DRAFT";
        Assert.Equal(expected, await Host.StatusAsync(id));
    }
}
