using System.Text;
using static Platform.GraphQL.Language.CharacterClasses;

namespace Platform.GraphQL.Language;

/// <summary>Numbers, strings and block strings (spec §2.9.1–2.9.4).</summary>
internal sealed partial class Lexer
{
    private Token ReadNumber(int start, int first)
    {
        var position = start;
        var c = first;
        var isFloat = false;
        if (c == '-')
        {
            c = CharAt(++position);
        }

        if (c == '0')
        {
            c = CharAt(++position);
            if (IsDigit(c))
            {
                throw SyntaxError(position, $"Invalid number, unexpected digit after 0: {DescribeCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, c);
            c = CharAt(position);
        }

        if (c == '.')
        {
            isFloat = true;
            c = CharAt(++position);
            position = ReadDigits(position, c);
            c = CharAt(position);
        }

        if (c is 'E' or 'e')
        {
            isFloat = true;
            c = CharAt(++position);
            if (c is '+' or '-')
            {
                c = CharAt(++position);
            }

            position = ReadDigits(position, c);
            c = CharAt(position);
        }

        if (c == '.' || IsNameStart(c))
        {
            throw SyntaxError(position, $"Invalid number, expected digit but got: {DescribeCodePointAt(position)}.");
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body.Substring(start, position - start));
    }

    private int ReadDigits(int start, int first)
    {
        if (!IsDigit(first))
        {
            throw SyntaxError(start, $"Invalid number, expected digit but got: {DescribeCodePointAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    private Token ReadString(int start)
    {
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < _body.Length)
        {
            int c = _body[position];
            if (c == '"')
            {
                var text = value is null
                    ? _body.Substring(chunkStart, position - chunkStart)
                    : value.Append(_body, chunkStart, position - chunkStart).ToString();
                return new Token(TokenKind.String, start, position + 1, text);
            }

            if (c == '\\')
            {
                value ??= new StringBuilder();
                value.Append(_body, chunkStart, position - chunkStart);
                position += ReadEscape(position, value);
                chunkStart = position;
                continue;
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(c))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw SyntaxError(position, $"Invalid character within String: {DescribeCodePointAt(position)}.");
            }
        }

        throw SyntaxError(position, "Unterminated string.");
    }

    /// <summary>Appends the escaped character at <paramref name="position"/> and returns the escape's length.</summary>
    private int ReadEscape(int position, StringBuilder value)
    {
        var next = CharAt(position + 1);
        if (next == 'u')
        {
            return CharAt(position + 2) == '{'
                ? ReadVariableWidthUnicodeEscape(position, value)
                : ReadFixedWidthUnicodeEscape(position, value);
        }

        char? escaped = next switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
        {
            throw SyntaxError(position, $"Invalid character escape sequence: \"{Slice(position, 2)}\".");
        }

        value.Append(escaped.Value);
        return 2;
    }

    private int ReadVariableWidthUnicodeEscape(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var c = CharAt(position + size++);
            if (c == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                value.Append(char.ConvertFromUtf32(point));
                return size;
            }

            var digit = HexValue(c);
            point = digit < 0 ? -1 : (point << 4) | digit;
            if (point < 0)
            {
                break;
            }
        }

        throw SyntaxError(position, $"Invalid Unicode escape sequence: \"{Slice(position, size)}\".");
    }

    private int ReadFixedWidthUnicodeEscape(int position, StringBuilder value)
    {
        var code = Read16BitHex(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (IsLeadingSurrogate(code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (IsTrailingSurrogate(trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw SyntaxError(position, $"Invalid Unicode escape sequence: \"{Slice(position, 6)}\".");
    }

    private int Read16BitHex(int position)
    {
        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexValue(CharAt(position + i));
            if (digit < 0)
            {
                return -1;
            }

            result = (result << 4) | digit;
        }

        return result;
    }

    private string Slice(int start, int length) => _body.Substring(start, Math.Min(length, _body.Length - start));

    private Token ReadBlockString(int start)
    {
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < _body.Length)
        {
            int c = _body[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                return new Token(TokenKind.BlockString, start, position + 3, BlockString.DedentLines(lines));
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (c is '\n' or '\r')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += c == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                continue;
            }

            if (IsUnicodeScalarValue(c))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw SyntaxError(position, $"Invalid character within String: {DescribeCodePointAt(position)}.");
            }
        }

        throw SyntaxError(position, "Unterminated string.");
    }
}
