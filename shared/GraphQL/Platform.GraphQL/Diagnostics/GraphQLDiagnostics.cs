using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.GraphQL.Diagnostics;

/// <summary>
/// The engine's traces and metrics, through <see cref="System.Diagnostics"/> only. Subscribe with OpenTelemetry's
/// <c>AddSource(GraphQLDiagnostics.Name)</c> and <c>AddMeter(GraphQLDiagnostics.Name)</c>, or with an
/// <see cref="ActivityListener"/> and a <see cref="MeterListener"/>.
/// </summary>
public static class GraphQLDiagnostics
{
    /// <summary>The name of both the activity source and the meter.</summary>
    public const string Name = "Platform.GraphQL";

    /// <summary>Span names: one request span with a child per phase.</summary>
    public const string RequestActivity = "graphql.request";
    public const string ParseActivity = "graphql.parse";
    public const string ValidateActivity = "graphql.validate";
    public const string ExecuteActivity = "graphql.execute";

    /// <summary>Tag names, on spans and measurements.</summary>
    public const string OperationNameTag = "graphql.operation.name";
    public const string OperationTypeTag = "graphql.operation.type";
    public const string DocumentTag = "graphql.document";
    public const string ErrorCountTag = "graphql.error.count";
    public const string OutcomeTag = "graphql.outcome";
    public const string PhaseTag = "graphql.phase";

    /// <summary>Metric names.</summary>
    public const string RequestDurationMetric = "graphql.request.duration";
    public const string RequestCountMetric = "graphql.requests";
    public const string ErrorCountMetric = "graphql.errors";

    private static readonly string? Version = typeof(GraphQLDiagnostics).Assembly.GetName().Version?.ToString();

    public static ActivitySource ActivitySource { get; } = new(Name, Version);

    public static Meter Meter { get; } = new(Name, Version);

    /// <summary>Time from the start of parsing to the result, in milliseconds, by operation type and outcome.</summary>
    internal static Histogram<double> RequestDuration { get; } = Meter.CreateHistogram<double>(
        RequestDurationMetric, "ms", "Duration of GraphQL requests.");

    /// <summary>Requests by operation type and outcome (<c>success</c>, <c>partial</c>, <c>error</c>, <c>cancelled</c>).</summary>
    internal static Counter<long> RequestCount { get; } = Meter.CreateCounter<long>(
        RequestCountMetric, "{request}", "GraphQL requests handled.");

    /// <summary>Errors in results, by operation type and the phase that produced them.</summary>
    internal static Counter<long> ErrorCount { get; } = Meter.CreateCounter<long>(
        ErrorCountMetric, "{error}", "Errors in GraphQL results.");

    /// <summary>Whether anyone listens; when not, requests run without any instrumentation work.</summary>
    internal static bool IsEnabled =>
        ActivitySource.HasListeners() || RequestDuration.Enabled || RequestCount.Enabled || ErrorCount.Enabled;
}
