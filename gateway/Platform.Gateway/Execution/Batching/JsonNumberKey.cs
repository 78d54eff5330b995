using System.Globalization;
using System.Text.Json;

namespace Platform.Gateway.Execution.Batching;

/// <summary>
/// A number as its JSON text identifies it: two numbers get equal keys exactly when <see cref="Utf8JsonWriter"/> writes
/// them as the same text. Integers (int, long) are the common case and need no text; a double with a fraction is
/// written in its shortest round-trip form, so its bits identify that text; anything else is keyed by its text.
/// </summary>
internal readonly struct JsonNumberKey : IEquatable<JsonNumberKey>
{
    private enum Kind : byte
    {
        Integer,
        Fraction,
        Text,
    }

    private readonly Kind _kind;
    private readonly long _integer;
    private readonly double _fraction;
    private readonly string? _text;

    private JsonNumberKey(Kind kind, long integer, double fraction, string? text)
    {
        _kind = kind;
        _integer = integer;
        _fraction = fraction;
        _text = text;
    }

    /// <summary>The key of a number value, or false when <paramref name="value"/> is not one this knows how to key.</summary>
    public static bool TryCreate(object value, out JsonNumberKey key)
    {
        switch (value)
        {
            case int number:
                key = new JsonNumberKey(Kind.Integer, number, 0, null);
                return true;
            case long number:
                key = new JsonNumberKey(Kind.Integer, number, 0, null);
                return true;
            case double number when double.IsFinite(number) && Math.Floor(number) != number:
                key = new JsonNumberKey(Kind.Fraction, 0, number, null);
                return true;
            case double number when !double.IsFinite(number):
                // The writer refuses these; keyed by their name so a comparison never throws.
                key = new JsonNumberKey(Kind.Text, 0, 0, number.ToString(CultureInfo.InvariantCulture));
                return true;
            case double or float or decimal or short or ushort or byte or sbyte or uint or ulong:
                key = FromText(JsonSerializer.Serialize(value, value.GetType()));
                return true;
            case JsonNumberText number:
                key = FromText(number.Text);
                return true;
            default:
                key = default;
                return false;
        }
    }

    /// <summary>The key of a JSON number's text.</summary>
    public static JsonNumberKey FromText(string text)
    {
        if (IsPlainInteger(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new JsonNumberKey(Kind.Integer, integer, 0, null);
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number)
            && Math.Floor(number) != number
            && JsonSerializer.Serialize(number) == text)
        {
            return new JsonNumberKey(Kind.Fraction, 0, number, null);
        }

        return new JsonNumberKey(Kind.Text, 0, 0, text);
    }

    public bool Equals(JsonNumberKey other) =>
        _kind == other._kind && _kind switch
        {
            Kind.Integer => _integer == other._integer,
            Kind.Fraction => _fraction.Equals(other._fraction),
            _ => string.Equals(_text, other._text, StringComparison.Ordinal),
        };

    public override bool Equals(object? obj) => obj is JsonNumberKey other && Equals(other);

    public override int GetHashCode() => _kind switch
    {
        Kind.Integer => HashCode.Combine(Kind.Integer, _integer),
        Kind.Fraction => HashCode.Combine(Kind.Fraction, _fraction),
        _ => HashCode.Combine(Kind.Text, StringComparer.Ordinal.GetHashCode(_text!)),
    };

    /// <summary>Digits with an optional minus, as a writer prints an integer: no leading zeros, no "-0".</summary>
    private static bool IsPlainInteger(string text)
    {
        var start = text.StartsWith('-') ? 1 : 0;
        if (text.Length == start || (text[start] == '0' && (text.Length > start + 1 || start == 1)))
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A number read from JSON text and kept as that text (see <see cref="RepresentationComparer"/>).</summary>
internal sealed record JsonNumberText(string Text);
