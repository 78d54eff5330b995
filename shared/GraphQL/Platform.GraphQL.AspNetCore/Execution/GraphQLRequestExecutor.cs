using System.Security.Claims;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.AspNetCore.Execution;

/// <summary>
/// Runs GraphQL requests against the server's schema. Queries and mutations go through the engine's
/// <see cref="RequestRunner"/> (parse and operation limits, validation with the server's rules, execution timeout,
/// tracing and metrics); subscriptions are validated the same way and then subscribed. Resolver exceptions are masked.
/// </summary>
internal sealed class GraphQLRequestExecutor
{
    private readonly ParserOptions _parserOptions;
    private readonly IReadOnlyList<ValidationRuleFactory> _rules;
    private readonly ParsedDocumentCache _documents = new();

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

    /// <summary>Parses (through a cache) to learn which kind of operation the request selects.</summary>
    public PreparedRequest Prepare(GraphQLRequest request)
    {
        if (_documents.TryGet(request.Query) is not { } document)
        {
            try
            {
                document = Parser.Parse(request.Query, _parserOptions);
            }
            catch (GraphQLError syntaxError)
            {
                return PreparedRequest.Failed(request, [ParserLimitCodes.Annotate(syntaxError, request.Query)]);
            }

            _documents.Add(request.Query, document);
        }

        return PreparedRequest.Ready(request, document);
    }

    public async Task<ExecutionResult> ExecuteAsync(
        PreparedRequest prepared, IServiceProvider? services, ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        var request = prepared.Request;
        var result = await RequestRunner.RunAsync(
            Schema,
            request.Query,
            CreateOptions(services, user),
            request.Variables,
            request.OperationName,
            Options.RootValue,
            cancellationToken).ConfigureAwait(false);

        // A syntax error was already found (and given its limit code); running the request anyway traces it.
        if (prepared.RequestErrors is { } syntaxError && !result.HasData)
        {
            return syntaxError;
        }

        return ErrorMasking.Apply(result, IncludeExceptionDetails);
    }

    public async Task<SubscriptionResult> SubscribeAsync(
        PreparedRequest prepared, IServiceProvider? services, ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        if (prepared.RequestErrors is { } failed)
        {
            return new SubscriptionResult { Error = failed };
        }

        var request = prepared.Request;
        var rules = Options.Limits is { } limits ? [.. _rules, .. limits.CreateRules(request.Variables)] : _rules;
        var errors = Validator.Validate(Schema, prepared.Document!, rules);
        if (errors.Count > 0)
        {
            return new SubscriptionResult { Error = ExecutionResult.FromErrors(errors) };
        }

        var subscription = await Executor.SubscribeAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = prepared.Document!,
            OperationName = request.OperationName,
            VariableValues = request.Variables,
            RootValue = Options.RootValue,
            Services = services,
            User = user,
            CancellationToken = cancellationToken,
        }).ConfigureAwait(false);
        return subscription.Stream is { } stream
            ? new SubscriptionResult { Stream = MaskEach(stream, cancellationToken) }
            : new SubscriptionResult { Error = ErrorMasking.Apply(subscription.Error!, IncludeExceptionDetails) };
    }

    private RequestOptions CreateOptions(IServiceProvider? services, ClaimsPrincipal? user) => new()
    {
        ValidationRules = _rules,
        Limits = Options.Limits,
        ParserOptions = _parserOptions,
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
