using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

public static partial class Executor
{
    /// <summary>A subscription: a stream of results, or a single result with errors when it cannot start.</summary>
    public static async Task<SubscriptionResult> SubscribeAsync(ExecutionRequest request)
    {
        request.CancellationToken.ThrowIfCancellationRequested();
        if (!TryPrepare(request, out var execution, out var errors))
        {
            return new SubscriptionResult { Error = ExecutionResult.FromErrors(errors) };
        }

        if (execution.Operation.Operation != OperationType.Subscription)
        {
            return new SubscriptionResult { Error = ExecutionResult.FromErrors([new GraphQLError("Expected subscription operation.")]) };
        }

        IAsyncEnumerable<object?> sourceStream;
        try
        {
            sourceStream = await CreateSourceEventStreamAsync(execution).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !request.CancellationToken.IsCancellationRequested)
        {
            return new SubscriptionResult { Error = ExecutionResult.FromErrors([OperationExecutor.ToGraphQLError(error)]) };
        }

        return new SubscriptionResult { Stream = MapSourceToResponses(execution, sourceStream, request.CancellationToken) };
    }

    /// <summary>graphql-js <c>createSourceEventStream</c>: the event stream of the operation's single root field.</summary>
    private static async ValueTask<IAsyncEnumerable<object?>> CreateSourceEventStreamAsync(OperationExecutor execution)
    {
        var schema = execution.Schema;
        var rootType = schema.SubscriptionType
            ?? throw new GraphQLError("Schema is not configured to execute subscription operation.", [execution.Operation]);
        var groups = CollectFields.CollectAll(execution, rootType, execution.Operation.SelectionSet);
        if (groups.Count == 0)
        {
            throw new GraphQLError("Subscription operation selects no field.", [execution.Operation]);
        }

        var group = groups[0];
        var field = group.Definition;
        if (field is null)
        {
            throw new GraphQLError($"The subscription field \"{group.FirstNode.Name.Value}\" is not defined.", group.Nodes);
        }

        var path = new[] { (object)group.ResponseKey };
        try
        {
            var arguments = ArgumentValues.Coerce(field, rootType, group.FirstNode, execution.VariableValues);
            var context = new ResolveFieldContext(execution, rootType, group, execution.RootValue, arguments, null);
            object? result;
            if (field.Subscriber is { } subscriber)
            {
                result = await subscriber(context).ConfigureAwait(false);
            }
            else
            {
                result = DefaultFieldResolver.Resolve(execution.RootValue, group);
                if (result is Delegate function)
                {
                    result = DefaultFieldResolver.Invoke(function, context);
                }

                if (Awaitables.TryUnwrap(result, out var awaited, out var pending))
                {
                    result = pending is null ? awaited : await pending.ConfigureAwait(false);
                }
            }

            if (result is Exception failure)
            {
                throw failure;
            }

            return AsyncItems.TryGet(result, out var stream)
                ? stream
                : throw new GraphQLError($"Subscription field must return Async Iterable. Received: {ValueInspector.Inspect(result)}.");
        }
        catch (Exception error) when (error is not OperationCanceledException || !execution.CancellationToken.IsCancellationRequested)
        {
            var original = OperationExecutor.Unwrap(error);
            if (original is GraphQLError { Path: not null } located)
            {
                throw located;
            }

            throw original is GraphQLError graphQLError && (graphQLError.Nodes.Count > 0 || graphQLError.Locations.Count > 0)
                ? graphQLError.WithPath(path)
                : new GraphQLError(original.Message, group.Nodes, path, original, (original as GraphQLError)?.Extensions);
        }
    }

    /// <summary>graphql-js <c>mapSourceToResponseEvent</c>: each event executed as the root value of the operation.</summary>
    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponses(
        OperationExecutor subscription, IAsyncEnumerable<object?> sourceStream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, subscription.CancellationToken);
        await foreach (var payload in sourceStream.WithCancellation(linked.Token).ConfigureAwait(false))
        {
            var execution = new OperationExecutor(subscription.Request, subscription.Operation, subscription.Fragments, subscription.VariableValues, payload);
            yield return await execution.ExecuteRootAsync(serially: false).ConfigureAwait(false);
        }
    }
}
