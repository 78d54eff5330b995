using static Platform.GraphQL.Language.CharacterClasses;

namespace Platform.GraphQL.Language;

/// <summary>
/// Reads the tokens of a GraphQL source one at a time (spec §2.1), skipping ignored tokens and comments.
/// Errors are <see cref="GraphQLError"/>s worded as graphql-js words them.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string _body;

    public Lexer(Source source)
    {
        Source = source;
        _body = source.Body;
        Token = new Token(TokenKind.StartOfFile, 0, 0, null);
    }

    public Source Source { get; }

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>Where the token before the current one ended (where the last parsed node ended).</summary>
    public int LastTokenEnd { get; private set; }

    public Token Advance()
    {
        LastTokenEnd = Token.End;
        Token = Lookahead();
        return Token;
    }

    /// <summary>The token after the current one, without moving.</summary>
    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.EndOfFile)
        {
            return Token;
        }

        var token = ReadToken(Token.End);
        while (token.Kind == TokenKind.Comment)
        {
            token = ReadToken(token.End);
        }

        return token;
    }

    public GraphQLError SyntaxError(int position, string description) =>
        new($"Syntax Error: {description}", Source, [position]);

    private Token ReadToken(int start)
    {
        var body = _body;
        var position = start;
        while (position < body.Length)
        {
            int c = body[position];
            if (c is ' ' or '\n' or ',' or '\t' or '\r' or 0xFEFF)
            {
                position++;
                continue;
            }

            if (IsNameStart(c))
            {
                return ReadName(position);
            }

            switch (c)
            {
                case '#':
                    return ReadComment(position);
                case '!':
                    return Punctuator(TokenKind.Bang, position);
                case '$':
                    return Punctuator(TokenKind.Dollar, position);
                case '&':
                    return Punctuator(TokenKind.Amp, position);
                case '(':
                    return Punctuator(TokenKind.ParenLeft, position);
                case ')':
                    return Punctuator(TokenKind.ParenRight, position);
                case '.':
                    return ReadDots(position);
                case ':':
                    return Punctuator(TokenKind.Colon, position);
                case '=':
                    return Punctuator(TokenKind.Equals, position);
                case '@':
                    return Punctuator(TokenKind.At, position);
                case '[':
                    return Punctuator(TokenKind.BracketLeft, position);
                case ']':
                    return Punctuator(TokenKind.BracketRight, position);
                case '{':
                    return Punctuator(TokenKind.BraceLeft, position);
                case '|':
                    return Punctuator(TokenKind.Pipe, position);
                case '}':
                    return Punctuator(TokenKind.BraceRight, position);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(c) || c == '-')
            {
                return ReadNumber(position, c);
            }

            throw SyntaxError(position, c == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValue(c) || IsSupplementaryCodePoint(position)
                    ? $"Unexpected character: {DescribeCodePointAt(position)}."
                    : $"Invalid character: {DescribeCodePointAt(position)}.");
        }

        return new Token(TokenKind.EndOfFile, body.Length, body.Length, null);
    }

    private static Token Punctuator(TokenKind kind, int position) => new(kind, position, position + 1, null);

    /// <summary>The UTF-16 unit at a position, or -1 past the end (graphql-js's NaN).</summary>
    private int CharAt(int position) => position < _body.Length ? _body[position] : -1;

    private bool IsSupplementaryCodePoint(int position) =>
        IsLeadingSurrogate(CharAt(position)) && IsTrailingSurrogate(CharAt(position + 1));

    /// <summary>A character as graphql-js prints it in errors: <c>"a"</c>, <c>'"'</c>, <c>U+000A</c> or <c>&lt;EOF&gt;</c>.</summary>
    private string DescribeCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        var code = IsSupplementaryCodePoint(position) ? char.ConvertToUtf32(_body[position], _body[position + 1]) : _body[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4");
    }

    private Token ReadDots(int position)
    {
        if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
        {
            return new Token(TokenKind.Spread, position, position + 3, null);
        }

        if (CharAt(position + 1) == '.')
        {
            throw SyntaxError(position, "Unexpected \"..\", did you mean \"...\"?");
        }

        if (IsDigit(CharAt(position + 1)))
        {
            var end = ReadDigits(position + 1, CharAt(position + 1));
            throw SyntaxError(position, $"Invalid number, expected digit before \".\", did you mean \"0.{_body[(position + 1)..end]}\"?");
        }

        throw SyntaxError(position, "Unexpected character: \".\".");
    }

    private Token ReadComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            int c = _body[position];
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
                break;
            }
        }

        return new Token(TokenKind.Comment, start, position, null);
    }

    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length && IsNameContinue(body[position]))
        {
            position++;
        }

        return new Token(TokenKind.Name, start, position, NameTable.Get(body.AsSpan(start, position - start)));
    }
}
