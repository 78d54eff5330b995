using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// One execution of one operation (graphql-js's validated execution args plus its <c>Executor</c>): the state shared
/// by every field, and the root of the field execution and value completion in the other partial files.
/// </summary>
internal sealed partial class OperationExecutor
{
    public OperationExecutor(
        ExecutionRequest request,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variableValues,
        object? rootValue)
    {
        Request = request;
        Schema = request.Schema;
        Operation = operation;
        Fragments = fragments;
        VariableValues = variableValues;
        RootValue = rootValue;
        CancellationToken = request.CancellationToken;
        ErrorPropagation = !HasDirective(operation, "experimental_disableErrorPropagation");
    }

    public ExecutionRequest Request { get; }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> VariableValues { get; }

    public object? RootValue { get; }

    public CancellationToken CancellationToken { get; }

    public bool ErrorPropagation { get; }

    public bool HideSuggestions => false;

    public FieldErrors Errors { get; } = new();

    /// <summary>Executes the root selection set; mutations serially unless <paramref name="serially"/> says otherwise.</summary>
    public ValueTask<ExecutionResult> ExecuteRootAsync(bool? serially = null)
    {
        object? data;
        try
        {
            var rootType = Schema.GetRootType(Operation.Operation)
                ?? throw new GraphQLError($"Schema is not configured to execute {OperationName(Operation.Operation)} operation.", [Operation]);
            var fields = CollectFields.Collect(this, rootType, Operation.SelectionSet);
            data = serially ?? Operation.Operation == OperationType.Mutation
                ? ExecuteFieldsSerially(rootType, RootValue, fields)
                : ExecuteFields(rootType, RootValue, null, fields);
        }
        catch (Exception error) when (error is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            Errors.Add(ToGraphQLError(error), null);
            data = null;
        }

        if (data is PendingValue pending)
        {
            return new ValueTask<ExecutionResult>(FinishAsync(pending.Task));
        }

        return new ValueTask<ExecutionResult>(BuildResult(data));
    }

    private async Task<ExecutionResult> FinishAsync(Task<object?> pending)
    {
        object? data;
        try
        {
            data = await AwaitDispatchingAsync(pending).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            Errors.Add(ToGraphQLError(error), null);
            data = null;
        }

        return BuildResult(data);
    }

    private ExecutionResult BuildResult(object? data)
    {
        CancellationToken.ThrowIfCancellationRequested();
        return new ExecutionResult
        {
            Data = (IReadOnlyDictionary<string, object?>?)data,
            HasData = true,
            Errors = Errors.ToList(),
        };
    }

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    /// <summary>graphql-js <c>ensureGraphQLError</c>.</summary>
    internal static GraphQLError ToGraphQLError(Exception error) =>
        Unwrap(error) is GraphQLError graphQLError ? graphQLError : new GraphQLError(Unwrap(error).Message, originalError: Unwrap(error));

    internal static Exception Unwrap(Exception error)
    {
        while (true)
        {
            switch (error)
            {
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    error = aggregate.InnerExceptions[0];
                    break;
                case System.Reflection.TargetInvocationException { InnerException: { } inner }:
                    error = inner;
                    break;
                default:
                    return error;
            }
        }
    }

    private static bool HasDirective(OperationDefinitionNode operation, string name)
    {
        foreach (var directive in operation.Directives)
        {
            if (directive.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
