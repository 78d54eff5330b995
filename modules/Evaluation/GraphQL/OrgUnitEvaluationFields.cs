using System.Security.Claims;
using Platform.Evaluation.Data;
using Platform.Evaluation.Domain;
using Platform.Hosting.Hierarchy;

namespace Platform.Evaluation.GraphQL;

/// <summary>A unit's assessments (for its administrators and those above it) and its satisfaction and demand figures (public).</summary>
[ExtendObjectType(typeof(OrgUnit))]
public sealed class OrgUnitEvaluationFields
{
    /// <summary>Federation: any well-formed unit id resolves; whether the unit exists is the Organization module's to say.</summary>
    public static OrgUnit? ResolveReference([ID] string id) => EntityIds.IsWellFormed(id) ? new OrgUnit(id) : null;

    [GraphQLDescription("The unit's assessments by period (its history), or those of one period; null with a FORBIDDEN error to anyone but the unit's administrators and those above it.")]
    public async Task<IReadOnlyList<Assessment>?> GetAssessmentsAsync(
        [Parent] OrgUnit unit, ClaimsPrincipal? user, IUnitHierarchy hierarchy, AssessmentsByUnitLoader assessments, CancellationToken cancellationToken,
        string? period = null) =>
        await ReadableAssessmentsAsync(unit.Id, period, user, hierarchy, assessments, cancellationToken).ConfigureAwait(false);

    /// <summary>A unit's assessments (of one period when given), after checking the caller may read them.</summary>
    internal static async Task<IReadOnlyList<Assessment>> ReadableAssessmentsAsync(
        string unitId, string? period, ClaimsPrincipal? user, IUnitHierarchy hierarchy, AssessmentsByUnitLoader assessments, CancellationToken cancellationToken)
    {
        var wanted = period is null ? null : HalfYearPeriod.Parse(period);
        await EvaluationAccess.EnsureAdministersAsync(user, unitId, "read its assessments", hierarchy, cancellationToken).ConfigureAwait(false);
        var all = await assessments.LoadAsync(unitId, cancellationToken).ConfigureAwait(false);
        return wanted is null ? all : [.. all.Where(assessment => assessment.Period == wanted)];
    }

    [GraphQLDescription("Satisfaction with the unit's activities and service orders and demand expressed to it, in a half year (e.g. 2026-H1) or, without one, all time.")]
    public async Task<UnitSatisfaction> GetSatisfactionAsync(
        [Parent] OrgUnit unit, UnitSatisfactionLoader figures, CancellationToken cancellationToken, string? period = null)
    {
        var key = new UnitPeriod(unit.Id, period is null ? null : HalfYearPeriod.Parse(period));
        return (await figures.LoadAsync(key, cancellationToken).ConfigureAwait(false))!;
    }
}
