using Microsoft.Extensions.Options;

namespace Platform.Gateway.Execution;

/// <summary>Counts the subscriptions being served against <see cref="GatewayOptions.MaxConcurrentSubscriptions"/>.</summary>
public sealed class SubscriptionSlots(IOptionsMonitor<GatewayOptions> options)
{
    private int _open;

    /// <summary>Subscriptions holding a slot now.</summary>
    public int Open => Volatile.Read(ref _open);

    public int Limit => options.CurrentValue.MaxConcurrentSubscriptions;

    /// <summary>A slot, released when the lease is disposed; null when every slot is taken.</summary>
    internal IDisposable? TryAcquire()
    {
        if (Interlocked.Increment(ref _open) > Limit)
        {
            Interlocked.Decrement(ref _open);
            return null;
        }

        return new Lease(this);
    }

    private sealed class Lease(SubscriptionSlots slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Interlocked.Decrement(ref slots._open);
            }
        }
    }
}
