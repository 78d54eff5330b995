using System.Runtime.CompilerServices;
using Platform.GraphQL.Diagnostics;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Limits;

namespace Platform.GraphQL.Execution;

/// <summary>graphql-js <c>graphql()</c>: validate the schema, parse, validate the document, then execute.</summary>
/// <remarks>
/// With a listener on <see cref="GraphQLDiagnostics"/>, each request is traced (a <c>graphql.request</c> span with
/// parse, validate and execute children) and measured; without one, no instrumentation work is done.
/// </remarks>
public static class RequestRunner
{
    private static readonly ConditionalWeakTable<Schema, IReadOnlyList<GraphQLError>> SchemaErrors = new();

    /// <summary>Schema, syntax and validation errors come back as a result without data, never as exceptions.</summary>
    public static Task<ExecutionResult> RunAsync(
        Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        object? rootValue = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(schema, query, RequestOptions.Default, variables, operationName, rootValue, cancellationToken);

    /// <summary>
    /// Like the overload without options, with the given rules, limits, parser limits, execution timeout, services
    /// and user. A breached limit or timeout comes back as a result with an error carrying <c>extensions.code</c>.
    /// </summary>
    public static Task<ExecutionResult> RunAsync(
        Schema schema,
        string query,
        RequestOptions options,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        object? rootValue = null,
        CancellationToken cancellationToken = default)
    {
        var request = new PendingRequest(schema, query, options, variables, operationName, rootValue, cancellationToken);
        return GraphQLDiagnostics.IsEnabled ? RunTracedAsync(request) : Run(request, telemetry: null);
    }

    private static async Task<ExecutionResult> RunTracedAsync(PendingRequest request)
    {
        using var telemetry = new RequestTelemetry(request.Query, request.Options.IncludeDocumentInTraces);
        try
        {
            var result = await Run(request, telemetry).ConfigureAwait(false);
            telemetry.Complete(result);
            return result;
        }
        catch (Exception exception)
        {
            telemetry.Fail(exception);
            throw;
        }
    }

    private static Task<ExecutionResult> Run(PendingRequest request, RequestTelemetry? telemetry)
    {
        var schemaErrors = SchemaErrors.GetValue(request.Schema, static s => SchemaValidator.Validate(s));
        if (schemaErrors.Count > 0)
        {
            return Task.FromResult(ExecutionResult.FromErrors(schemaErrors));
        }

        telemetry?.BeginPhase(GraphQLDiagnostics.ParseActivity, "parse");
        var options = request.Options;
        var cached = options.Documents?.Find(request.Query, options.ParserOptions);
        var document = cached?.Document;
        if (document is null)
        {
            try
            {
                document = Parser.Parse(request.Query, options.ParserOptions);
            }
            catch (GraphQLError syntaxError)
            {
                return Task.FromResult(ExecutionResult.FromErrors([syntaxError]));
            }

            cached = options.Documents?.AddEntry(request.Query, document, options.ParserOptions);
        }

        telemetry?.SetOperation(document, request.OperationName);
        telemetry?.BeginPhase(GraphQLDiagnostics.ValidateActivity, "validate");
        var validationErrors = Validate(request, document, cached);
        if (validationErrors.Count > 0)
        {
            return Task.FromResult(ExecutionResult.FromErrors(validationErrors));
        }

        telemetry?.BeginPhase(GraphQLDiagnostics.ExecuteActivity, "execute");
        if (request.Options.EffectiveTimeout is { } timeout)
        {
            return ExecutionTimeout.RunAsync(
                token => Executor.ExecuteAsync(request.ToExecutionRequest(document, token)), timeout, request.CancellationToken);
        }

        return Executor.ExecuteAsync(request.ToExecutionRequest(document, request.CancellationToken));
    }

    /// <summary>
    /// A cached document that passed these rules on this schema is not walked again, except by the cost limit when
    /// its estimate read page sizes from variables.
    /// </summary>
    private static IReadOnlyList<GraphQLError> Validate(PendingRequest request, DocumentNode document, DocumentCache.Entry? cached)
    {
        var options = request.Options;
        if (cached is not null && cached.IsValidated(request.Schema, options.BaseRules, options.Limits, out var costReadsVariables))
        {
            return costReadsVariables && options.Limits?.CreateCostRule(request.Variables) is { } costRule
                ? Validator.Validate(request.Schema, document, [costRule])
                : [];
        }

        MaxCostRule? cost = null;
        var errors = Validator.Validate(request.Schema, document, options.RulesFor(request.Variables, rule => cost = rule));
        if (errors.Count == 0 && cached is not null)
        {
            cached.MarkValidated(request.Schema, options.BaseRules, options.Limits, cost?.ReadVariables ?? false);
        }

        return errors;
    }

    private sealed record PendingRequest(
        Schema Schema,
        string Query,
        RequestOptions Options,
        IReadOnlyDictionary<string, object?>? Variables,
        string? OperationName,
        object? RootValue,
        CancellationToken CancellationToken)
    {
        public ExecutionRequest ToExecutionRequest(DocumentNode document, CancellationToken cancellationToken) => new()
        {
            Schema = Schema,
            Document = document,
            OperationName = OperationName,
            VariableValues = Variables,
            RootValue = RootValue,
            ContextValue = Options.ContextValue,
            Services = Options.Services,
            User = Options.User,
            CancellationToken = cancellationToken,
        };
    }
}
