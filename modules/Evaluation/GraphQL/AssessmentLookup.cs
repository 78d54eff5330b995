using Microsoft.EntityFrameworkCore;
using Platform.Evaluation.Data;
using Platform.Evaluation.Domain;

namespace Platform.Evaluation.GraphQL;

/// <summary>Finding what a mutation names, and saving a change that may race another.</summary>
internal static class AssessmentLookup
{
    /// <summary>The tracked assessment with its scores; errors for a malformed or unknown id.</summary>
    public static async Task<Assessment> FindAsync(EvaluationDbContext db, string id, CancellationToken cancellationToken)
    {
        EvaluationErrors.EnsureId(id, "an assessment");
        return await db.Assessments.Include(assessment => assessment.Scores)
                .SingleOrDefaultAsync(assessment => assessment.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw EvaluationErrors.Create(EvaluationErrors.AssessmentNotFound, $"No assessment has the id \"{id}\".");
    }

    public static async Task<Rubric> RubricAsync(EvaluationDbContext db, string code, CancellationToken cancellationToken) =>
        await db.Rubrics.AsNoTracking().SingleOrDefaultAsync(rubric => rubric.Code == code, cancellationToken).ConfigureAwait(false)
            ?? throw EvaluationErrors.Create(EvaluationErrors.RubricNotFound, $"No rubric has the code \"{code}\".");

    /// <summary>Saves, or refuses with <see cref="EvaluationErrors.ConcurrentChange"/> when another change got there first.</summary>
    public static async Task SaveAsync(EvaluationDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw EvaluationErrors.Create(EvaluationErrors.ConcurrentChange, "Someone else changed this at the same time; read it again and retry.");
        }
    }
}
