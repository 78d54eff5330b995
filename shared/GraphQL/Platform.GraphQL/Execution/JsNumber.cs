using System.Globalization;
using System.Numerics;

namespace Platform.GraphQL.Execution;

/// <summary>
/// JavaScript's view of numbers, which graphql-js's messages and JSON output are written in:
/// <c>String(number)</c>, <c>Number(string)</c> and which CLR values count as numbers.
/// </summary>
internal static class JsNumber
{
    /// <summary>True for the CLR numeric primitives and <see cref="decimal"/> (not <see cref="BigInteger"/>, JS's bigint).</summary>
    public static bool IsNumber(object? value) => value is int or long or double or float or decimal or short or byte
        or sbyte or uint or ulong or ushort;

    /// <summary>The value as a JS number (a double); only for values where <see cref="IsNumber"/> is true.</summary>
    public static double ToDouble(object value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        uint ui => ui,
        ulong ul => ul,
        ushort us => us,
        _ => double.NaN,
    };

    /// <summary>JS <c>Number.isInteger</c>.</summary>
    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    /// <summary>JS <c>String(value)</c> for a number: shortest round-trip digits, exponent form past 1e21 and below 1e-6.</summary>
    public static string ToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        if (Math.Floor(value) == value && Math.Abs(value) < 1e15)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        return value < 0 ? "-" + FormatPositive(-value) : FormatPositive(value);
    }

    /// <summary>A CLR number as JS would print it (integers of any size print exactly).</summary>
    public static string ToString(object number) => number switch
    {
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        _ => ToString(ToDouble(number)),
    };

    /// <summary>JS <c>Number(text)</c>: trims whitespace; decimal, hex, octal, binary and Infinity forms; else NaN.</summary>
    public static double Parse(string text)
    {
        var s = text.Trim(JsWhitespace);
        if (s.Length == 0)
        {
            return 0;
        }

        if (s.Length > 2 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
        {
            return ParseRadix(s.AsSpan(2), (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 });
        }

        var body = s[0] is '+' or '-' ? s.AsSpan(1) : s.AsSpan();
        if (body.SequenceEqual("Infinity"))
        {
            return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (!IsDecimalLiteral(body))
        {
            return double.NaN;
        }

        return double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static readonly char[] JsWhitespace =
    [
        ' ', '\t', '\n', '\v', '\f', '\r', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
        '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F',
        '\u3000', '\uFEFF',
    ];

    private static bool IsDecimalLiteral(ReadOnlySpan<char> s)
    {
        var i = 0;
        var digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            digits++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < s.Length && (s[i] | 0x20) == 'e')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }

            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    private static double ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        double result = 0;
        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? (c | 0x20) - 'a' + 10 : 99;
            if (digit >= radix)
            {
                return double.NaN;
            }

            result = (result * radix) + digit;
        }

        return result;
    }

    // ECMAScript Number::toString: k significant digits, decimal point after n of them.
    private static string FormatPositive(double value)
    {
        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var ePos = roundTrip.IndexOf('E');
        var mantissa = ePos < 0 ? roundTrip : roundTrip[..ePos];
        var exponent = ePos < 0 ? 0 : int.Parse(roundTrip.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var n = (dot < 0 ? mantissa.Length : dot) + exponent;
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
            n--;
        }

        digits = digits[lead..].TrimEnd('0');
        var k = digits.Length;

        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var e = n - 1;
        var sign = e < 0 ? "-" : "+";
        var head = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return head + "e" + sign + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
    }
}
