using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Limits;

namespace Platform.GraphQL.AspNetCore;

/// <summary>How the GraphQL endpoint treats requests; every limit has a safe default.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Larger request bodies are refused with 413 and a GraphQL error (code <c>REQUEST_TOO_LARGE</c>).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The parser gives up after this many tokens (code <c>MAX_TOKENS_EXCEEDED</c>).</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>The parser gives up past this nesting of selections, values and types (code <c>MAX_PARSER_DEPTH_EXCEEDED</c>).</summary>
    public int MaxParserDepth { get; set; } = 64;

    /// <summary>
    /// Depth, aliases, root fields, static cost and execution timeout of each operation (codes such as
    /// <c>MAX_DEPTH_EXCEEDED</c>, <c>EXECUTION_TIMEOUT</c>); null switches them all off.
    /// </summary>
    public OperationLimits? Limits { get; set; } = OperationLimits.Default;

    /// <summary>Record the document text on the request's trace span (it may hold personal data).</summary>
    public bool IncludeDocumentInTraces { get; set; }

    /// <summary>When false, <c>__schema</c> and <c>__type</c> fail validation (code <c>INTROSPECTION_DISABLED</c>).</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>
    /// Whether errors thrown by resolvers keep their message and carry the exception's type and stack trace.
    /// Null (the default) means: only when the host environment is Development.
    /// </summary>
    public bool? IncludeExceptionDetails { get; set; }

    /// <summary>A JSON array of requests in one POST; off by default (refused with 400).</summary>
    public bool EnableBatching { get; set; }

    /// <summary>The most requests one batch may hold.</summary>
    public int MaxBatchSize { get; set; } = 20;

    /// <summary>Queries over GET (mutations are never allowed over GET).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>
    /// Serve the GraphiQL IDE when a browser opens the endpoint (a GET accepting <c>text/html</c> without a
    /// <c>query</c> parameter), with its files under the endpoint's <c>ide/</c> sub-path. When false, such a GET is
    /// handled like any other GraphQL GET.
    /// </summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>How often an idle Server-Sent Events stream sends a comment line to keep proxies from closing it.</summary>
    public TimeSpan ServerSentEventsHeartbeat { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>Validation rules applied after the specified ones (operation limits, for instance).</summary>
    public IList<ValidationRuleFactory> ValidationRules { get; } = new List<ValidationRuleFactory>();

    /// <summary>Run around each query and mutation answered as JSON, the first added outermost.</summary>
    public IList<GraphQLExecutionInterceptor> ExecutionInterceptors { get; } = new List<GraphQLExecutionInterceptor>();

    /// <summary>The root value handed to the root types' resolvers.</summary>
    public object? RootValue { get; set; }
}
