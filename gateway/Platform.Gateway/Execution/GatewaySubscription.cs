using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Platform.Gateway.Planning;
using Platform.Gateway.Registry;
using Platform.GraphQL;

namespace Platform.Gateway.Execution;

/// <summary>
/// One client subscription through the gateway, the root value of the engine's subscribe: it opens the module's
/// event stream (holding a slot of the gateway's limit), and completes each event with the plan's entity fetches
/// into a <see cref="MergedResponse"/> the engine shapes as the operation asks. When the module fails or leaves the
/// registry, one last event carries the error; the client leaving closes the module's connection.
/// </summary>
internal sealed class GatewaySubscription(
    SupergraphSnapshot snapshot,
    ModuleRegistry registry,
    QueryPlan plan,
    FetchNode root,
    PlanExecutor executor,
    SubgraphSubscriber subscriber,
    SubscriptionSlots slots,
    IReadOnlyDictionary<string, object?>? variables,
    ForwardedHeaders headers,
    ILogger logger) : IAsyncDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private SubgraphEventStream? _stream;
    private IDisposable? _lease;
    private Task _watch = Task.CompletedTask;
    private volatile bool _moduleLeft;
    private int _disposed;

    /// <summary>Why the subscription could not start (all of the module's errors, not only the first).</summary>
    public IReadOnlyList<GraphQLError> StartErrors { get; private set; } = [];

    /// <summary>The event the engine is executing (events are executed one at a time, in order).</summary>
    public MergedResponse? Current { get; private set; }

    /// <summary>Takes a slot and opens the module's stream; throws the first error when either fails.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _lease = slots.TryAcquire();
        if (_lease is null)
        {
            throw Refuse([GatewayErrors.SubscriptionLimitExceeded(slots.Limit)]);
        }

        var module = snapshot.Supergraph.Subgraphs.FirstOrDefault(s => s.Name == root.Subgraph);
        if (module is null)
        {
            throw Refuse([GatewayErrors.Unavailable(root.Subgraph, "it is not registered.")]);
        }

        var (stream, errors) = await subscriber
            .OpenAsync(root.Subgraph, module.Url, root.Document, FetchRun.SelectVariables(root, variables), headers, cancellationToken)
            .ConfigureAwait(false);
        _stream = stream ?? throw Refuse(errors);
        _watch = WatchRegistryAsync(_lifetime.Token);
    }

    public async IAsyncEnumerable<object?> EventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token, cancellationToken);
        while (await NextAsync(reading.Token, cancellationToken).ConfigureAwait(false) is { } answer)
        {
            Current = await executor.ExecuteEventAsync(plan, snapshot.Supergraph, variables, headers, root, answer, cancellationToken)
                .ConfigureAwait(false);
            yield return Current;
            if (answer.Failure is { } failure)
            {
                logger.LogWarning("Subscription ended: {Failure}", failure.Message);
                yield break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _lifetime.CancelAsync().ConfigureAwait(false);
        await _watch.ConfigureAwait(false);
        if (_stream is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }

        _lease?.Dispose();
        _lifetime.Dispose();
    }

    private async Task<SubgraphResponse?> NextAsync(CancellationToken reading, CancellationToken client)
    {
        try
        {
            return await _stream!.ReadAsync(reading).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_moduleLeft && !client.IsCancellationRequested)
        {
            return SubgraphResponse.Failed(GatewayErrors.ModuleLeft(root.Subgraph));
        }
    }

    /// <summary>Ends the module's stream when a publication no longer has the module (another graph keeps it going).</summary>
    private async Task WatchRegistryAsync(CancellationToken cancellationToken)
    {
        var watched = snapshot;
        try
        {
            while (true)
            {
                await watched.Retired.WaitAsync(cancellationToken).ConfigureAwait(false);
                if (registry.Current is not { } current || current.Supergraph.Subgraphs.All(s => s.Name != root.Subgraph))
                {
                    _moduleLeft = true;
                    await _lifetime.CancelAsync().ConfigureAwait(false);
                    return;
                }

                watched = current;
            }
        }
        catch (OperationCanceledException)
        {
            // The subscription ended first.
        }
    }

    private GraphQLError Refuse(IReadOnlyList<GraphQLError> errors)
    {
        StartErrors = errors;
        return errors[0];
    }
}
