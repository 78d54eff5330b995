using System.Security.Claims;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.AspNetCore.Execution;

/// <summary>
/// Runs GraphQL requests against the server's schema: parse (with the configured limits), validate (specified rules,
/// introspection switch, extra rules), then execute or subscribe, with resolver exceptions masked.
/// </summary>
internal sealed class GraphQLRequestExecutor
{
    private readonly ParserOptions _parserOptions;
    private readonly IReadOnlyList<ValidationRuleFactory> _rules;
    private readonly ValidatedDocumentCache _documents = new();

    public GraphQLRequestExecutor(Schema schema, GraphQLServerOptions options, bool includeExceptionDetails = false)
    {
        Schema = schema;
        Options = options;
        IncludeExceptionDetails = options.IncludeExceptionDetails ?? includeExceptionDetails;
        _parserOptions = new ParserOptions { MaxTokens = options.MaxTokens, MaxDepth = options.MaxParserDepth };
        var rules = new List<ValidationRuleFactory>(SpecifiedRules.All);
        if (!options.EnableIntrospection)
        {
            rules.Add(context => new IntrospectionDisabledRule(context));
        }

        rules.AddRange(options.ValidationRules);
        _rules = rules;
    }

    public Schema Schema { get; }

    public GraphQLServerOptions Options { get; }

    public bool IncludeExceptionDetails { get; }

    /// <summary>Parses and validates; a document already validated once is taken from a cache.</summary>
    internal PreparedRequest Prepare(GraphQLRequest request)
    {
        if (_documents.TryGet(request.Query) is { } cached)
        {
            return PreparedRequest.Ready(request, cached);
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(request.Query, _parserOptions);
        }
        catch (GraphQLError syntaxError)
        {
            return PreparedRequest.Failed(request, [WithLimitCode(syntaxError, request.Query)]);
        }

        var errors = Validator.Validate(Schema, document, _rules);
        if (errors.Count > 0)
        {
            return PreparedRequest.Failed(request, errors);
        }

        _documents.Add(request.Query, document);
        return PreparedRequest.Ready(request, document);
    }

    internal async Task<ExecutionResult> ExecuteAsync(
        PreparedRequest prepared, IServiceProvider? services, ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        if (prepared.RequestErrors is { } failed)
        {
            return failed;
        }

        var result = await Executor.ExecuteAsync(CreateRequest(prepared, services, user, cancellationToken)).ConfigureAwait(false);
        return ErrorMasking.Apply(result, IncludeExceptionDetails);
    }

    internal async Task<SubscriptionResult> SubscribeAsync(
        PreparedRequest prepared, IServiceProvider? services, ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        if (prepared.RequestErrors is { } failed)
        {
            return new SubscriptionResult { Error = failed };
        }

        var subscription = await Executor.SubscribeAsync(CreateRequest(prepared, services, user, cancellationToken)).ConfigureAwait(false);
        return subscription.Stream is { } stream
            ? new SubscriptionResult { Stream = MaskEach(stream, cancellationToken) }
            : new SubscriptionResult { Error = ErrorMasking.Apply(subscription.Error!, IncludeExceptionDetails) };
    }

    private ExecutionRequest CreateRequest(
        PreparedRequest prepared, IServiceProvider? services, ClaimsPrincipal? user, CancellationToken cancellationToken) => new()
    {
        Schema = Schema,
        Document = prepared.Document!,
        OperationName = prepared.Request.OperationName,
        VariableValues = prepared.Request.Variables,
        RootValue = Options.RootValue,
        Services = services,
        User = user,
        CancellationToken = cancellationToken,
    };

    private async IAsyncEnumerable<ExecutionResult> MaskEach(
        IAsyncEnumerable<ExecutionResult> stream, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var result in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return ErrorMasking.Apply(result, IncludeExceptionDetails);
        }
    }

    /// <summary>The parser's limit errors are syntax errors; a stable code lets clients tell them apart.</summary>
    private static GraphQLError WithLimitCode(GraphQLError syntaxError, string query)
    {
        var code = syntaxError.Message switch
        {
            var m when m.Contains("Document contains more than", StringComparison.Ordinal) => ServerErrors.MaxTokensExceededCode,
            var m when m.Contains("Document nesting is deeper than", StringComparison.Ordinal) => ServerErrors.MaxParserDepthExceededCode,
            _ => null,
        };
        if (code is null || syntaxError.Locations.Count == 0)
        {
            return syntaxError;
        }

        var position = SourcePositions.ToOffset(query, syntaxError.Locations[0]);
        return new GraphQLError(syntaxError.Message, new Source(query), [position]) { Extensions = ServerErrors.Code(code) };
    }
}
