using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Evaluation.Data;
using Platform.Evaluation.Data.Seed;
using Platform.Evaluation.GraphQL;
using Platform.Hosting.Data;
using Platform.Hosting.Hierarchy;
using Platform.Hosting.Protection;
using Platform.Hosting.Security;

namespace Platform.Evaluation;

/// <summary>What the Evaluation module registers: its database and rubric seed, personal-data protection, authentication, a clock, and its part of the graph.</summary>
public static class EvaluationModule
{
    /// <summary>The module's database name (<c>ConnectionStrings:evaluation</c>, else <c>evaluation.db</c>).</summary>
    public const string DatabaseName = "evaluation";

    /// <summary>The data key for contact phones (base64 of at least 32 random bytes; Development has a built-in one).</summary>
    public const string DataKeySetting = "Evaluation:DataKey";

    /// <summary>Known to everyone who reads this code: never protects real data.</summary>
    private const string DevelopmentDataKey = "ZGV2ZWxvcG1lbnQtb25seS1ldmFsdWF0aW9uLWRhdGEta2V5LTAwMDE=";

    /// <summary>
    /// Rubrics, assessments, ratings and messages (PostgreSQL or SQLite), Shanxi's rubric seeded on start; the data key
    /// (<c>Evaluation:DataKey</c>); JWT authentication; the unit tree (<c>Platform:OrganizationUrl</c>);
    /// <see cref="TimeProvider.System"/> unless a clock is registered already; and the subgraph, which adds assessments
    /// and satisfaction to the Organization module's <c>OrgUnit</c> and feedback to the Activities module's <c>Activity</c>.
    /// </summary>
    public static TBuilder AddEvaluationModule<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddModuleDatabase<EvaluationDbContext>(DatabaseName);
        builder.Services.TryAddScoped<EvaluationContexts>();
        builder.Services.AddScoped<IDatabaseSeeder<EvaluationDbContext>, RubricSeeder>();
        builder.Services.AddSingleton(DataKeys.CreateProtector(builder.Configuration, builder.Environment, DataKeySetting, DevelopmentDataKey, DatabaseName));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddUnitHierarchy(builder.Configuration);

        builder.AddPlatformAuthentication();
        builder.Services.AddGraphQLServer()
            .AddQueryType<EvaluationQuery>()
            .AddMutationType<EvaluationMutation>()
            .AddTypeExtension<FeedbackMutations>()
            .AddTypeExtension<AssessmentFields>()
            .AddTypeExtension<MessageFields>()
            .AddTypeExtension<RatingFields>()
            .AddTypeExtension<OrgUnitEvaluationFields>()
            .AddTypeExtension<ActivityFeedbackFields>()
            .AddType<ServiceOrder>()
            .AddDataLoader<RubricByCodeLoader>()
            .AddDataLoader<AssessmentsByUnitLoader>()
            .AddDataLoader<UnitSatisfactionLoader>()
            .AddDataLoader<ActivityFeedbackLoader>()
            .AddFederation();
        return builder;
    }
}
