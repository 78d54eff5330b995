using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.AspNetCore.Execution;

/// <summary>
/// Runs GraphQL requests. Queries and mutations go to the <see cref="IGraphQLOperationExecutor"/> (by default the
/// engine's <see cref="RequestRunner"/> over the registered schema: parse and operation limits, validation with the
/// server's rules, execution timeout, tracing and metrics); subscriptions are validated the same way and subscribed by
/// the default executor, or handed to a plugged-in executor that is an <see cref="IGraphQLSubscriptionExecutor"/>.
/// Resolver exceptions are masked.
/// </summary>
internal sealed class GraphQLRequestExecutor
{
    private readonly ParserOptions _parserOptions;
    private readonly IReadOnlyList<ValidationRuleFactory> _rules;
    private readonly DocumentCache _documents = new();

    private readonly IGraphQLOperationExecutor _operations;

    public GraphQLRequestExecutor(Schema schema, GraphQLServerOptions options, bool includeExceptionDetails = false)
        : this(new SchemaOperationExecutor(schema), options, includeExceptionDetails)
    {
    }

    public GraphQLRequestExecutor(IGraphQLOperationExecutor operations, GraphQLServerOptions options, bool includeExceptionDetails = false)
    {
        _operations = operations;
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

    public GraphQLServerOptions Options { get; }

    public bool IncludeExceptionDetails { get; }

    /// <summary>Parses (through a cache) to learn which kind of operation the request selects.</summary>
    public PreparedRequest Prepare(GraphQLRequest request)
    {
        if (_documents.TryGet(request.Query, _parserOptions) is not { } document)
        {
            try
            {
                document = Parser.Parse(request.Query, _parserOptions);
            }
            catch (GraphQLError syntaxError)
            {
                return PreparedRequest.Failed(request, [ParserLimitCodes.Annotate(syntaxError, request.Query)]);
            }

            _documents.Add(request.Query, document, _parserOptions);
        }

        return PreparedRequest.Ready(request, document);
    }

    public async Task<ExecutionResult> ExecuteAsync(
        PreparedRequest prepared,
        IServiceProvider? services,
        ClaimsPrincipal? user,
        CancellationToken cancellationToken,
        HttpContext? httpContext = null)
    {
        var request = prepared.Request;
        var result = await _operations.ExecuteAsync(
            new GraphQLOperationRequest
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                Options = CreateOptions(services, user),
                RootValue = Options.RootValue,
                HttpContext = httpContext,
            },
            cancellationToken).ConfigureAwait(false);

        // A syntax error was already found (and given its limit code); running the request anyway traces it.
        if (prepared.RequestErrors is { } syntaxError && !result.HasData)
        {
            return syntaxError;
        }

        return ErrorMasking.Apply(result, IncludeExceptionDetails);
    }

    public async Task<SubscriptionResult> SubscribeAsync(
        PreparedRequest prepared,
        IServiceProvider? services,
        ClaimsPrincipal? user,
        CancellationToken cancellationToken,
        HttpContext? httpContext = null)
    {
        if (prepared.RequestErrors is { } failed)
        {
            return new SubscriptionResult { Error = failed };
        }

        if (_operations is IGraphQLSubscriptionExecutor subscriptions)
        {
            var plugged = await subscriptions.SubscribeAsync(
                new GraphQLOperationRequest
                {
                    Query = prepared.Request.Query,
                    OperationName = prepared.Request.OperationName,
                    Variables = prepared.Request.Variables,
                    Extensions = prepared.Request.Extensions,
                    Options = CreateOptions(services, user),
                    RootValue = Options.RootValue,
                    HttpContext = httpContext,
                },
                cancellationToken).ConfigureAwait(false);
            return Masked(plugged, cancellationToken);
        }

        if (_operations is not SchemaOperationExecutor { Schema: var schema })
        {
            return new SubscriptionResult { Error = ExecutionResult.FromErrors([ServerErrors.SubscriptionsNotSupported()]) };
        }

        var request = prepared.Request;
        var rules = Options.Limits is { } limits ? [.. _rules, .. limits.CreateRules(request.Variables)] : _rules;
        var errors = Validator.Validate(schema, prepared.Document!, rules);
        if (errors.Count > 0)
        {
            return new SubscriptionResult { Error = ExecutionResult.FromErrors(errors) };
        }

        var subscription = await Executor.SubscribeAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = prepared.Document!,
            OperationName = request.OperationName,
            VariableValues = request.Variables,
            RootValue = Options.RootValue,
            Services = services,
            User = user,
            CancellationToken = cancellationToken,
        }).ConfigureAwait(false);
        return Masked(subscription, cancellationToken);
    }

    private SubscriptionResult Masked(SubscriptionResult subscription, CancellationToken cancellationToken) =>
        subscription.Stream is { } stream
            ? new SubscriptionResult { Stream = MaskEach(stream, cancellationToken) }
            : new SubscriptionResult { Error = ErrorMasking.Apply(subscription.Error ?? ExecutionResult.FromErrors([ServerErrors.InternalServerError()]), IncludeExceptionDetails) };

    private RequestOptions CreateOptions(IServiceProvider? services, ClaimsPrincipal? user) => new()
    {
        ValidationRules = _rules,
        Limits = Options.Limits,
        ParserOptions = _parserOptions,
        Documents = _documents,
        Services = services,
        User = user,
        IncludeDocumentInTraces = Options.IncludeDocumentInTraces,
    };

    private async IAsyncEnumerable<ExecutionResult> MaskEach(
        IAsyncEnumerable<ExecutionResult> stream, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var result in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return ErrorMasking.Apply(result, IncludeExceptionDetails);
        }
    }
}
