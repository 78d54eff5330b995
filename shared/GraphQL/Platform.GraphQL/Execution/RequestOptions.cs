using System.Security.Claims;
using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Limits;

namespace Platform.GraphQL.Execution;

/// <summary>How <see cref="RequestRunner"/> runs one request: rules, limits, parser limits, timeout, services, user.</summary>
public sealed class RequestOptions
{
    public static RequestOptions Default { get; } = new();

    /// <summary>The validation rules; null means <see cref="SpecifiedRules.All"/>. The limits' rules are added to them.</summary>
    public IReadOnlyList<ValidationRuleFactory>? ValidationRules { get; init; }

    /// <summary>Operation limits: their rules join validation and their timeout bounds execution.</summary>
    public OperationLimits? Limits { get; init; }

    public ParserOptions? ParserOptions { get; init; }

    /// <summary>Where parsed and validated documents are kept between requests; null parses and validates every time.</summary>
    public DocumentCache? Documents { get; init; }

    /// <summary>Bounds execution; null means <see cref="OperationLimits.ExecutionTimeout"/> of <see cref="Limits"/>, if any.</summary>
    public TimeSpan? ExecutionTimeout { get; init; }

    /// <summary>The request's services (scoped to it), seen by resolvers.</summary>
    public IServiceProvider? Services { get; init; }

    public ClaimsPrincipal? User { get; init; }

    public object? ContextValue { get; init; }

    /// <summary>Record the document text on the <c>graphql.request</c> span (it may hold personal data).</summary>
    public bool IncludeDocumentInTraces { get; init; }

    internal TimeSpan? EffectiveTimeout => ExecutionTimeout ?? Limits?.ExecutionTimeout;

    internal IReadOnlyList<ValidationRuleFactory> BaseRules => ValidationRules ?? SpecifiedRules.All;

    internal IReadOnlyList<ValidationRuleFactory> RulesFor(
        IReadOnlyDictionary<string, object?>? variables, Action<MaxCostRule>? onCostRule = null) =>
        Limits is null ? BaseRules : [.. BaseRules, .. Limits.CreateRules(variables, onCostRule)];
}
