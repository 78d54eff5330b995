namespace Platform.GraphQL.Language;

/// <summary>
/// Recursive-descent parser over <see cref="Lexer"/> tokens, producing the syntax tree with graphql-js's
/// error messages. Nesting is counted before each recursive step, so depth is bounded by
/// <see cref="ParserOptions.MaxDepth"/> and deep input gives a syntax error, not a stack overflow.
/// </summary>
internal sealed partial class DocumentParser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _tokenCount;
    private int _depth;
    private NodeBuffer<SelectionNode>? _selectionBuffer;
    private NodeBuffer<ArgumentNode>? _argumentBuffer;
    private NodeBuffer<DirectiveNode>? _directiveBuffer;
    private NodeBuffer<ValueNode>? _valueBuffer;
    private NodeBuffer<ObjectFieldNode>? _objectFieldBuffer;

    public DocumentParser(Source source, ParserOptions options)
    {
        _lexer = new Lexer(source);
        _options = options;
    }

    /// <summary>Parses one construct that must span the whole source.</summary>
    public T ParseWhole<T>(Func<DocumentParser, T> parse)
    {
        ExpectToken(TokenKind.StartOfFile);
        var result = parse(this);
        ExpectToken(TokenKind.EndOfFile);
        return result;
    }

    private Token Current => _lexer.Token;

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private Location? LocationFrom(Token start) =>
        _options.NoLocations ? null : new Location(start.Start, _lexer.LastTokenEnd, _lexer.Source);

    private void Advance()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw _lexer.SyntaxError(token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind != kind)
        {
            throw _lexer.SyntaxError(token.Start, $"Expected {Token.DescribeKind(kind)}, found {token.Describe()}.");
        }

        Advance();
        return token;
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!ExpectOptionalKeyword(keyword))
        {
            throw _lexer.SyntaxError(Current.Start, $"Expected \"{keyword}\", found {Current.Describe()}.");
        }
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != keyword)
        {
            return false;
        }

        Advance();
        return true;
    }

    private GraphQLError Unexpected(Token? at = null)
    {
        var token = at ?? _lexer.Token;
        return _lexer.SyntaxError(token.Start, $"Unexpected {token.Describe()}.");
    }

    /// <summary>Enters one level of nesting; throws once <see cref="ParserOptions.MaxDepth"/> is passed.</summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw _lexer.SyntaxError(Current.Start, $"Document nesting is deeper than {_options.MaxDepth} levels. Parsing aborted.");
        }
    }

    private void LeaveNesting() => _depth--;

    /// <summary>One or more items between open and close tokens.</summary>
    private List<T> Many<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var items = new List<T>();
        do
        {
            items.Add(parseItem());
        }
        while (!ExpectOptionalToken(close));
        return items;
    }

    /// <summary>One or more items between open and close tokens when the open token is there; else null.</summary>
    private List<T>? OptionalMany<T>(TokenKind open, Func<T> parseItem, TokenKind close) =>
        Peek(open) ? Many(open, parseItem, close) : null;

    /// <summary>One or more items separated by a delimiter, with an optional leading delimiter.</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parseItem)
    {
        ExpectOptionalToken(delimiter);
        var items = new List<T>();
        do
        {
            items.Add(parseItem());
        }
        while (ExpectOptionalToken(delimiter));
        return items;
    }
}
