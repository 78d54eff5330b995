namespace Platform.Venues.Domain;

/// <summary>Days of the week in ISO order (Monday first), so a day's number times 1440 is its first minute of the week.</summary>
public enum Weekday
{
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}
