using Microsoft.EntityFrameworkCore;
using Platform.Hosting.Data;

namespace Platform.Evaluation.Data.Seed;

/// <summary>Adds the shipped rubrics that are not in the database yet; rubrics already there are left as they are.</summary>
internal sealed class RubricSeeder : IDatabaseSeeder<EvaluationDbContext>
{
    public async Task SeedAsync(EvaluationDbContext context, CancellationToken cancellationToken)
    {
        var shanxi = RubricCatalog.ShanxiPilot();
        if (await context.Rubrics.AnyAsync(rubric => rubric.Code == shanxi.Code, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        context.Rubrics.Add(shanxi);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        context.ChangeTracker.Clear();
    }
}
