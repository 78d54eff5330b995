using System.Globalization;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using static Platform.GraphQL.Types.ScalarCoercion;

namespace Platform.GraphQL.Types.Clr;

/// <summary>The scalars C# types map to beyond the specified five: <c>Long</c>, <c>DateTime</c> and <c>Date</c>.</summary>
public static class ClrScalars
{
    public static readonly ScalarType Long = new LongScalar();

    public static readonly ScalarType DateTime = new DateTimeScalar();

    public static readonly ScalarType Date = new DateScalar();
}

/// <summary>A 64-bit integer, as a JSON number (the specified <c>Int</c> is 32-bit).</summary>
internal sealed class LongScalar : ScalarType
{
    public LongScalar()
        : base("Long")
    {
        Description = "The `Long` scalar type represents a signed 64-bit integer.";
    }

    public override object? Serialize(object? value) => Coerce(Unwrap(value)) ?? throw Error($"Long cannot represent value: {Inspect(value)}");

    public override object? ParseValue(object? value) => Coerce(Unwrap(value)) ?? throw Error($"Long cannot represent value: {Inspect(value)}");

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is IntValueNode i && long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error($"Long cannot represent a non-integer value: {PrintForError(literal)}", literal);

    public override ValueNode? ToLiteral(object? value) =>
        Coerce(value) is long number ? new IntValueNode(number.ToString(CultureInfo.InvariantCulture)) : null;

    private static long? Coerce(object? value) => value switch
    {
        long l => l,
        int i => i,
        short s => s,
        byte b => b,
        uint u => u,
        ulong u when u <= long.MaxValue => (long)u,
        double d when Math.Floor(d) == d && d >= long.MinValue && d <= long.MaxValue => (long)d,
        decimal m when decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue => (long)m,
        _ => null,
    };
}

/// <summary>A point in time as an ISO-8601 string with offset (<c>2026-11-23T12:00:00.0000000+00:00</c>).</summary>
internal sealed class DateTimeScalar : ScalarType
{
    public DateTimeScalar()
        : base("DateTime")
    {
        Description = "A date and time as an ISO-8601 string with a UTC offset.";
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time";
    }

    public override object? Serialize(object? value) => value switch
    {
        DateTimeOffset offset => offset.ToString("O", CultureInfo.InvariantCulture),
        DateTime time => new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time)
            .ToString("O", CultureInfo.InvariantCulture),
        string text when TryParse(text, out var parsed) => parsed.ToString("O", CultureInfo.InvariantCulture),
        _ => throw Error($"DateTime cannot represent value: {Inspect(value)}"),
    };

    public override object? ParseValue(object? value) =>
        Unwrap(value) is string text && TryParse(text, out var parsed)
            ? parsed
            : throw Error($"DateTime cannot represent value: {Inspect(value)}");

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValueNode s && TryParse(s.Value, out var parsed)
            ? parsed
            : throw Error($"DateTime cannot represent value: {PrintForError(literal)}", literal);

    public override ValueNode? ToLiteral(object? value) => new StringValueNode((string)Serialize(value)!);

    private static bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value) && text.Contains('T', StringComparison.Ordinal);
}

/// <summary>A calendar date as an ISO-8601 string (<c>2026-11-23</c>).</summary>
internal sealed class DateScalar : ScalarType
{
    private const string Format = "yyyy-MM-dd";

    public DateScalar()
        : base("Date")
    {
        Description = "A calendar date as an ISO-8601 string (yyyy-MM-dd).";
    }

    public override object? Serialize(object? value) => value switch
    {
        DateOnly date => date.ToString(Format, CultureInfo.InvariantCulture),
        DateTime time => DateOnly.FromDateTime(time).ToString(Format, CultureInfo.InvariantCulture),
        _ => throw Error($"Date cannot represent value: {Inspect(value)}"),
    };

    public override object? ParseValue(object? value) =>
        Unwrap(value) is string text && DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error($"Date cannot represent value: {Inspect(value)}");

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValueNode s && DateOnly.TryParseExact(s.Value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error($"Date cannot represent value: {PrintForError(literal)}", literal);

    public override ValueNode? ToLiteral(object? value) => new StringValueNode((string)Serialize(value)!);
}
