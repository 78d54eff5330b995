using Microsoft.EntityFrameworkCore;

namespace Platform.Evaluation.Data;

/// <summary>
/// Short-lived contexts for reads. Resolvers and DataLoaders of one request run concurrently, and a
/// <see cref="DbContext"/> allows one operation at a time, so each read gets a context of its own (same options).
/// </summary>
public sealed class EvaluationContexts(DbContextOptions<EvaluationDbContext> options)
{
    public EvaluationDbContext Create()
    {
        var context = new EvaluationDbContext(options);
        context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return context;
    }
}
