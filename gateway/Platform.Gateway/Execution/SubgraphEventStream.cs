using System.Net.ServerSentEvents;
using Platform.Gateway.Execution.Reading;

namespace Platform.Gateway.Execution;

/// <summary>
/// A module's subscription answered as Server-Sent Events (graphql-sse, distinct connections): each <c>next</c>
/// event is one GraphQL result, <c>complete</c> ends it. Never throws for the module's sake: a lost connection, an
/// event that is not a GraphQL result or one larger than the limit comes back as a failure naming the module.
/// Disposing closes the connection, which the module sees as its client leaving.
/// </summary>
internal sealed class SubgraphEventStream : IAsyncDisposable
{
    private const string NextEvent = "next";
    private const string CompleteEvent = "complete";

    private readonly string _module;
    private readonly HttpResponseMessage _response;
    private readonly Stream _body;
    private readonly long _maxEventBytes;
    private IAsyncEnumerator<SseItem<SubgraphResponse?>>? _events;

    public SubgraphEventStream(string module, HttpResponseMessage response, Stream body, long maxEventBytes)
    {
        _module = module;
        _response = response;
        _body = body;
        _maxEventBytes = maxEventBytes;
    }

    /// <summary>
    /// The next result, or null when the module completed the subscription. <paramref name="cancellationToken"/> must be
    /// the same on every call (it is the stream's lifetime); cancelling it throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<SubgraphResponse?> ReadAsync(CancellationToken cancellationToken)
    {
        _events ??= SseParser.Create(_body, ParseItem).EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (await _events.MoveNextAsync().ConfigureAwait(false))
            {
                var item = _events.Current;
                switch (item.EventType)
                {
                    case CompleteEvent:
                        return null;
                    case NextEvent when item.Data is { } result:
                        return result;
                }
            }
        }
        catch (Exception lost) when (lost is IOException or HttpRequestException)
        {
            return SubgraphResponse.Failed(GatewayErrors.Unavailable(_module, "the connection was lost during the subscription."));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return SubgraphResponse.Failed(GatewayErrors.Unavailable(_module, "it closed the subscription's connection without completing it."));
    }

    public async ValueTask DisposeAsync()
    {
        if (_events is not null)
        {
            try
            {
                await _events.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception closing) when (closing is IOException or HttpRequestException or OperationCanceledException)
            {
                // The connection is being closed anyway.
            }
        }

        await _body.DisposeAsync().ConfigureAwait(false);
        _response.Dispose();
    }

    /// <summary>A <c>next</c> event's result, read straight from the event's bytes; null for other events.</summary>
    private SubgraphResponse? ParseItem(string eventType, ReadOnlySpan<byte> data)
    {
        if (eventType != NextEvent)
        {
            return null;
        }

        if (data.Length > _maxEventBytes)
        {
            return SubgraphResponse.Failed(GatewayErrors.InvalidResponse(_module, $"an event is larger than {_maxEventBytes} bytes."));
        }

        return ModuleJsonReader.TryRead(data, Utf8NameCache.Shared, out var root)
            ? SubgraphResponseParser.Parse(_module, root, 200)
            : SubgraphResponse.Failed(GatewayErrors.InvalidResponse(_module, "an event is not JSON."));
    }
}
