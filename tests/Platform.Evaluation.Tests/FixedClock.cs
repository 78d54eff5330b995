namespace Platform.Evaluation.Tests;

/// <summary>A clock the test sets: ratings and messages fall into the half year it reads.</summary>
public sealed class FixedClock : TimeProvider
{
    private long _utcTicks = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    public void Set(DateTimeOffset instant) => Interlocked.Exchange(ref _utcTicks, instant.UtcTicks);

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);
}
