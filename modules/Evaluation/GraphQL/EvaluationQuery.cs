using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Evaluation.Data;
using Platform.Evaluation.Data.Seed;
using Platform.Evaluation.Domain;
using Platform.GraphQL.Pagination;
using Platform.Hosting.Hierarchy;

namespace Platform.Evaluation.GraphQL;

/// <summary>
/// The Evaluation module's root queries. Rubrics and satisfaction figures are public; assessments, ratings and the
/// message list are for the unit's administrators and those above it; one message is readable by its tracking number.
/// </summary>
public sealed class EvaluationQuery
{
    public const int MaxComparedUnits = 100;
    public const int MaxComparedPeriods = 20;

    [GraphQLDescription("Every rubric, by code.")]
    public async Task<IReadOnlyList<Rubric>> GetRubricsAsync(EvaluationContexts contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Rubrics.OrderBy(rubric => rubric.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("The rubric with this code (Shanxi's pilot rubric: shanxi-2020-pilot), or null.")]
    public Task<Rubric?> GetRubricAsync(RubricByCodeLoader rubrics, CancellationToken cancellationToken, string code = RubricCatalog.ShanxiPilotCode) =>
        rubrics.LoadAsync(code, cancellationToken);

    [GraphQLDescription("The assessment with this id, or null; only the unit's administrators and those above it may read it.")]
    public async Task<Assessment?> GetAssessmentAsync(
        [ID] string id, ClaimsPrincipal? user, IUnitHierarchy hierarchy, EvaluationContexts contexts, CancellationToken cancellationToken)
    {
        EvaluationAccess.EnsureAdministrator(user, "read assessments");
        EvaluationErrors.EnsureId(id, "an assessment");
        await using var db = contexts.Create();
        var assessment = await db.Assessments.Include(a => a.Scores).SingleOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
        if (assessment is not null)
        {
            await EvaluationAccess.EnsureAdministersAsync(user, assessment.UnitId, "read its assessments", hierarchy, cancellationToken).ConfigureAwait(false);
        }

        return assessment;
    }

    [GraphQLDescription("A unit's assessments ordered by period (its history), or those of one period.")]
    public async Task<IReadOnlyList<Assessment>> GetAssessmentsAsync(
        [ID] string unitId, ClaimsPrincipal? user, IUnitHierarchy hierarchy, AssessmentsByUnitLoader assessments, CancellationToken cancellationToken,
        string? period = null)
    {
        EvaluationErrors.EnsureId(unitId, "a unit");
        return await OrgUnitEvaluationFields.ReadableAssessmentsAsync(unitId, period, user, hierarchy, assessments, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("Totals of the given units × periods under one rubric, units in the order given, periods in the order given within each unit.")]
    public async Task<IReadOnlyList<AssessmentComparisonCell>> GetAssessmentComparisonAsync(
        [ID] IReadOnlyList<string> unitIds, IReadOnlyList<string> periods, ClaimsPrincipal? user, IUnitHierarchy hierarchy,
        EvaluationContexts contexts, RubricByCodeLoader rubrics, CancellationToken cancellationToken, string rubricCode = RubricCatalog.ShanxiPilotCode)
    {
        EvaluationAccess.EnsureAdministrator(user, "compare assessments");
        if (unitIds.Count is 0 or > MaxComparedUnits || periods.Count is 0 or > MaxComparedPeriods)
        {
            throw EvaluationErrors.Create(EvaluationErrors.InvalidLimit, $"Compare 1 to {MaxComparedUnits} units over 1 to {MaxComparedPeriods} periods.");
        }

        var units = unitIds.Select(id => EvaluationErrors.EnsureId(id, "a unit")).Distinct().ToList();
        var wanted = periods.Select(HalfYearPeriod.Parse).Distinct().ToList();
        var rubric = await rubrics.LoadAsync(rubricCode, cancellationToken).ConfigureAwait(false)
            ?? throw EvaluationErrors.Create(EvaluationErrors.RubricNotFound, $"No rubric has the code \"{rubricCode}\".");
        foreach (var unit in units)
        {
            await EvaluationAccess.EnsureAdministersAsync(user, unit, $"compare the assessments of unit {unit}", hierarchy, cancellationToken).ConfigureAwait(false);
        }

        await using var db = contexts.Create();
        var found = await db.Assessments.Include(a => a.Scores)
            .Where(a => a.RubricCode == rubric.Code && units.Contains(a.UnitId) && wanted.Contains(a.Period))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. units.SelectMany(unit => wanted.Select(period =>
        {
            var assessment = found.SingleOrDefault(a => a.UnitId == unit && a.Period == period);
            if (assessment is null)
            {
                return new AssessmentComparisonCell(new OrgUnit(unit), period, null, null, null, null, null, []);
            }

            var totals = AssessmentTotals.Of(rubric, assessment.Scores);
            return new AssessmentComparisonCell(new OrgUnit(unit), period, assessment, assessment.Status, totals.Basic, totals.Featured, totals.Total, totals.Items);
        }))];
    }

    [GraphQLDescription("A message by its id (the sender's tracking number): its status and the unit's reply; the contact phone masked unless you administer the unit.")]
    public async Task<FeedbackMessage?> GetMessageAsync([ID] string id, EvaluationContexts contexts, CancellationToken cancellationToken)
    {
        EvaluationErrors.EnsureId(id, "a message");
        await using var db = contexts.Create();
        return await db.Messages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("The messages to a unit's box, newest first, for the unit's administrators and those above it.")]
    public async Task<Connection<FeedbackMessage>> GetMessagesAsync(
        [ID] string unitId, ClaimsPrincipal? user, IUnitHierarchy hierarchy, EvaluationContexts contexts, CancellationToken cancellationToken,
        MessageStatus? status = null, MessageKind? kind = null, int? first = null, string? after = null, int? last = null, string? before = null)
    {
        EvaluationAccess.EnsureAdministrator(user, "read a unit's messages");
        EvaluationErrors.EnsureId(unitId, "a unit");
        await EvaluationAccess.EnsureAdministersAsync(user, unitId, "read its messages", hierarchy, cancellationToken).ConfigureAwait(false);
        await using var db = contexts.Create();
        var query = db.Messages.Where(m => m.UnitId == unitId);
        query = status is { } wantedStatus ? query.Where(m => m.Status == wantedStatus) : query;
        query = kind is { } wantedKind ? query.Where(m => m.Kind == wantedKind) : query;
        return await query.OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id)
            .ToConnectionAsync(first, after, last, before, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("The ratings a unit received, newest first, optionally of one half year, for the unit's administrators and those above it.")]
    public async Task<Connection<Rating>> GetRatingsAsync(
        [ID] string unitId, ClaimsPrincipal? user, IUnitHierarchy hierarchy, EvaluationContexts contexts, CancellationToken cancellationToken,
        string? period = null, int? first = null, string? after = null, int? last = null, string? before = null)
    {
        EvaluationAccess.EnsureAdministrator(user, "read a unit's ratings");
        EvaluationErrors.EnsureId(unitId, "a unit");
        var wanted = period is null ? null : HalfYearPeriod.Parse(period);
        await EvaluationAccess.EnsureAdministersAsync(user, unitId, "read its ratings", hierarchy, cancellationToken).ConfigureAwait(false);
        await using var db = contexts.Create();
        var query = db.Ratings.Where(r => r.UnitId == unitId);
        query = wanted is null ? query : query.Where(r => r.Period == wanted);
        return await query.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id)
            .ToConnectionAsync(first, after, last, before, cancellationToken).ConfigureAwait(false);
    }
}
