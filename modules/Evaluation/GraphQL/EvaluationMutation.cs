using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Evaluation.Data.Seed;
using Platform.Evaluation.Data;
using Platform.Evaluation.Domain;
using Platform.Hosting.Data;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Security;

namespace Platform.Evaluation.GraphQL;

/// <summary>
/// Creating, scoring and moving assessments through their statuses. Each checks, in order: a signed-in administrator,
/// the ids, the caller's scope over the unit, then the rules; any failure is a GraphQL error with a code, and nothing is saved.
/// </summary>
public sealed class EvaluationMutation
{
    public const int MaxScoresPerCall = 200;

    [GraphQLDescription("Starts the draft assessment of a unit for a half year (one per unit, period and rubric).")]
    public async Task<Assessment> CreateAssessmentAsync(
        [ID] string unitId, string period, ClaimsPrincipal? user, EvaluationDbContext db, IUnitHierarchy hierarchy, TimeProvider clock,
        CancellationToken cancellationToken, string rubricCode = RubricCatalog.ShanxiPilotCode)
    {
        EvaluationAccess.EnsureAdministrator(user, "assess a unit");
        EvaluationErrors.EnsureId(unitId, "a unit");
        var canonical = HalfYearPeriod.Parse(period);
        var rubric = await AssessmentLookup.RubricAsync(db, rubricCode, cancellationToken).ConfigureAwait(false);
        await EvaluationAccess.EnsureCanAssessAsync(user, unitId, hierarchy, cancellationToken).ConfigureAwait(false);
        if (await db.Assessments.AnyAsync(a => a.UnitId == unitId && a.Period == canonical && a.RubricCode == rubric.Code, cancellationToken).ConfigureAwait(false))
        {
            throw Exists(canonical);
        }

        var now = clock.GetUtcNow();
        var assessment = new Assessment
        {
            Id = EntityIds.New(),
            UnitId = unitId,
            Period = canonical,
            RubricCode = rubric.Code,
            Status = AssessmentStatus.Draft,
            Assessor = Subject(user!),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Assessments.Add(assessment);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error, "ux_assessments_unit_period_rubric"))
        {
            throw Exists(canonical);
        }

        return assessment;
    }

    [GraphQLDescription("Scores standards of a draft assessment (a standard scored again takes the new score). All scores are checked before any is kept.")]
    public async Task<Assessment> ScoreAssessmentAsync(
        [ID] string id, IReadOnlyList<StandardScoreInput> scores, ClaimsPrincipal? user, EvaluationDbContext db, IUnitHierarchy hierarchy,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        EvaluationAccess.EnsureAdministrator(user, "score an assessment");
        var assessment = await AssessmentLookup.FindAsync(db, id, cancellationToken).ConfigureAwait(false);
        await EvaluationAccess.EnsureCanAssessAsync(user, assessment.UnitId, hierarchy, cancellationToken).ConfigureAwait(false);
        AssessmentTransitions.EnsureEditable(assessment.Status);
        if (scores.Count is 0 or > MaxScoresPerCall)
        {
            throw EvaluationErrors.Create(EvaluationErrors.InvalidScore, $"Give 1 to {MaxScoresPerCall} scores at a time.");
        }

        var rubric = await AssessmentLookup.RubricAsync(db, assessment.RubricCode, cancellationToken).ConfigureAwait(false);
        var checkedScores = new List<(string Code, decimal Score, string? Evidence)>();
        foreach (var input in scores)
        {
            var standard = rubric.FindStandard(input.Standard?.Trim() ?? "")
                ?? throw EvaluationErrors.Create(EvaluationErrors.UnknownStandard, $"The rubric {rubric.Code} has no standard \"{input.Standard}\".");
            if (checkedScores.Any(given => given.Code == standard.Code))
            {
                throw EvaluationErrors.Create(EvaluationErrors.InvalidScore, $"{standard.Code} is scored twice in one call.");
            }

            checkedScores.Add((standard.Code, ScoreRules.Score(standard.Code, input.Score, standard.Points), ScoreRules.Evidence(standard.Code, input.Evidence)));
        }

        var now = clock.GetUtcNow();
        var scorer = Subject(user!);
        foreach (var (code, value, evidence) in checkedScores)
        {
            var existing = assessment.Scores.FirstOrDefault(score => score.StandardCode == code);
            if (existing is null)
            {
                assessment.Scores.Add(new StandardScore { AssessmentId = assessment.Id, StandardCode = code, Score = value, Evidence = evidence, ScoredBy = scorer, ScoredAt = now });
            }
            else
            {
                (existing.Score, existing.Evidence, existing.ScoredBy, existing.ScoredAt) = (value, evidence, scorer, now);
            }
        }

        Touch(assessment, now);
        await AssessmentLookup.SaveAsync(db, cancellationToken).ConfigureAwait(false);
        return assessment;
    }

    [GraphQLDescription("Hands a draft in for approval; every standard must be scored.")]
    public async Task<Assessment> SubmitAssessmentAsync(
        [ID] string id, ClaimsPrincipal? user, EvaluationDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken)
    {
        EvaluationAccess.EnsureAdministrator(user, "submit an assessment");
        var assessment = await AssessmentLookup.FindAsync(db, id, cancellationToken).ConfigureAwait(false);
        await EvaluationAccess.EnsureCanAssessAsync(user, assessment.UnitId, hierarchy, cancellationToken).ConfigureAwait(false);
        var rubric = await AssessmentLookup.RubricAsync(db, assessment.RubricCode, cancellationToken).ConfigureAwait(false);
        assessment.Status = AssessmentTransitions.Submit(assessment.Status, assessment.Scores.Count, rubric.Standards.Count);
        var now = clock.GetUtcNow();
        assessment.SubmittedAt = now;
        assessment.ReturnReason = null;
        Touch(assessment, now);
        await AssessmentLookup.SaveAsync(db, cancellationToken).ConfigureAwait(false);
        return assessment;
    }

    [GraphQLDescription("Approves a submitted assessment (province or platform administrators); approved is final.")]
    public async Task<Assessment> ApproveAssessmentAsync(
        [ID] string id, ClaimsPrincipal? user, EvaluationDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken)
    {
        EvaluationAccess.EnsureAdministrator(user, "approve an assessment");
        var assessment = await AssessmentLookup.FindAsync(db, id, cancellationToken).ConfigureAwait(false);
        await EvaluationAccess.EnsureCanApproveAsync(user, assessment.UnitId, hierarchy, cancellationToken).ConfigureAwait(false);
        assessment.Status = AssessmentTransitions.Approve(assessment.Status);
        var now = clock.GetUtcNow();
        (assessment.ApprovedAt, assessment.ApprovedBy) = (now, Subject(user!));
        Touch(assessment, now);
        await AssessmentLookup.SaveAsync(db, cancellationToken).ConfigureAwait(false);
        return assessment;
    }

    [GraphQLDescription("Returns a submitted assessment to draft with the reason (province or platform administrators).")]
    public async Task<Assessment> ReturnAssessmentAsync(
        [ID] string id, string reason, ClaimsPrincipal? user, EvaluationDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken)
    {
        EvaluationAccess.EnsureAdministrator(user, "return an assessment");
        var assessment = await AssessmentLookup.FindAsync(db, id, cancellationToken).ConfigureAwait(false);
        await EvaluationAccess.EnsureCanApproveAsync(user, assessment.UnitId, hierarchy, cancellationToken).ConfigureAwait(false);
        (assessment.Status, assessment.ReturnReason) = AssessmentTransitions.Return(assessment.Status, reason);
        assessment.SubmittedAt = null;
        Touch(assessment, clock.GetUtcNow());
        await AssessmentLookup.SaveAsync(db, cancellationToken).ConfigureAwait(false);
        return assessment;
    }

    internal static string Subject(ClaimsPrincipal user) =>
        user.FindFirst(PlatformClaims.Subject)?.Value is { Length: > 0 and <= EvaluationDbContext.MaxSubjectLength } subject ? subject : "unknown";

    private static void Touch(Assessment assessment, DateTimeOffset now)
    {
        assessment.UpdatedAt = now;
        assessment.Version++;
    }

    private static GraphQLError Exists(string period) =>
        EvaluationErrors.Create(EvaluationErrors.AssessmentExists, $"The unit already has an assessment for {period} under this rubric.");
}
