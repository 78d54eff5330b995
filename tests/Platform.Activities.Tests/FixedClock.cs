namespace Platform.Activities.Tests;

/// <summary>A clock the test sets: the module's <c>openNow</c> reads it instead of the machine's time.</summary>
public sealed class FixedClock : TimeProvider
{
    private long _utcTicks = DateTimeOffset.UnixEpoch.UtcTicks;

    public void Set(DateTimeOffset instant) => Interlocked.Exchange(ref _utcTicks, instant.UtcTicks);

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);
}
