using System.Security.Cryptography;

namespace Platform.Activities.Domain;

/// <summary>
/// Checking in and out: the organizer's short code, when check-in is open, and the minutes a volunteer served
/// (their check-in to check-out time, bounded by the activity's start and end).
/// </summary>
public static class ActivityAttendance
{
    public const string WrongCode = "WRONG_CHECK_IN_CODE";
    public const string NotSignedUp = "NOT_SIGNED_UP";
    public const string CheckInClosed = "CHECK_IN_CLOSED";
    public const string AlreadyCheckedIn = "ALREADY_CHECKED_IN";
    public const string NotCheckedIn = "NOT_CHECKED_IN";
    public const string AlreadyCheckedOut = "ALREADY_CHECKED_OUT";

    /// <summary>Check-in opens this long before the start.</summary>
    public static readonly TimeSpan EarlyCheckIn = TimeSpan.FromHours(1);

    public const int CodeLength = 6;

    // No 0/O, 1/I/L: the code is read aloud or off a screen.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string NewCode() => RandomNumberGenerator.GetString(Alphabet, CodeLength);

    /// <summary>Throws unless <paramref name="given"/> is the activity's code (case and surrounding spaces ignored).</summary>
    public static void EnsureCode(string expected, string? given)
    {
        var normalized = (given ?? "").Trim().ToUpperInvariant();
        var matches = normalized.Length == expected.Length
            && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(normalized), System.Text.Encoding.ASCII.GetBytes(expected));
        if (!matches)
        {
            throw ActivityErrors.Create(WrongCode, "The check-in code is not this activity's; ask the organizer for the current code.");
        }
    }

    public static void EnsureCheckInOpen(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        if (now < start - EarlyCheckIn || now > end)
        {
            throw ActivityErrors.Create(CheckInClosed, $"Check-in opens {EarlyCheckIn.TotalMinutes:0} minutes before the start and closes at the end of the activity.");
        }
    }

    /// <summary>Whole minutes served between check-in and check-out, inside the activity's time; never negative.</summary>
    public static int Minutes(DateTimeOffset start, DateTimeOffset end, DateTimeOffset checkedIn, DateTimeOffset checkedOut)
    {
        var from = checkedIn > start ? checkedIn : start;
        var to = checkedOut < end ? checkedOut : end;
        return to > from ? (int)Math.Floor((to - from).TotalMinutes) : 0;
    }
}
