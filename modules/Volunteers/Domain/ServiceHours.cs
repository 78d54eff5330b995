namespace Platform.Volunteers.Domain;

/// <summary>
/// Service time is stored in whole minutes (so sums and the daily limit are exact integers on every database);
/// the API speaks hours. A volunteer serves at most 24 hours on one calendar day, across all records.
/// </summary>
public static class ServiceHours
{
    public const int MinutesPerDay = 24 * 60;

    /// <summary>Hours given by a client as whole minutes (rounded to the nearest minute); more than zero, at most 24.</summary>
    public static int ToMinutes(double hours)
    {
        if (double.IsNaN(hours) || hours <= 0 || hours > 24)
        {
            throw VolunteerErrors.Create(VolunteerErrors.InvalidHours, $"Service hours must be more than 0 and at most 24 (got {hours}).");
        }

        var minutes = (int)Math.Round(hours * 60, MidpointRounding.AwayFromZero);
        return minutes > 0 ? minutes : throw VolunteerErrors.Create(VolunteerErrors.InvalidHours, "Service hours must come to at least one minute.");
    }

    public static double ToHours(long minutes) => minutes / 60.0;

    /// <summary>Throws unless <paramref name="alreadyThatDay"/> plus <paramref name="adding"/> minutes fit in one day.</summary>
    public static void EnsureFitsDay(DateOnly day, long alreadyThatDay, int adding)
    {
        if (alreadyThatDay + adding > MinutesPerDay)
        {
            throw VolunteerErrors.Create(VolunteerErrors.DailyHoursExceeded,
                $"The volunteer already has {ToHours(alreadyThatDay):0.##} hours recorded on {day:yyyy-MM-dd}; {ToHours(adding):0.##} more would exceed 24 hours a day.");
        }
    }
}
