using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Platform.Activities.GraphQL;

/// <summary>A public activity just published, with the units it lies within (its organizing unit and ancestors).</summary>
public sealed record ActivityPublication(PublicActivity Activity, IReadOnlySet<string> Regions);

/// <summary>
/// The in-process hub behind <c>activityPublished</c>: each subscriber gets a bounded channel; publishing writes to all.
/// One instance only: several instances of the module would need a shared bus (or subscribers polling the feed with
/// <c>updatedSince</c>), since a publication reaches only the subscribers of the instance that handled it.
/// </summary>
public sealed class ActivityPublications
{
    private const int Buffer = 100;
    private readonly ConcurrentDictionary<Channel<ActivityPublication>, byte> _subscribers = new();

    /// <summary>Open subscriptions (a subscription ends when its client leaves).</summary>
    public int SubscriberCount => _subscribers.Count;

    public void Publish(ActivityPublication publication)
    {
        foreach (var subscriber in _subscribers.Keys)
        {
            subscriber.Writer.TryWrite(publication);
        }
    }

    /// <summary>The publications from now on, until <paramref name="cancellationToken"/> ends the subscription.</summary>
    public async IAsyncEnumerable<ActivityPublication> ListenAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A slow subscriber loses its oldest events rather than holding memory or the publisher.
        var channel = Channel.CreateBounded<ActivityPublication>(new BoundedChannelOptions(Buffer) { FullMode = BoundedChannelFullMode.DropOldest });
        _subscribers[channel] = 0;
        try
        {
            await foreach (var publication in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return publication;
            }
        }
        finally
        {
            _subscribers.TryRemove(channel, out _);
        }
    }
}
