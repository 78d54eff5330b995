namespace Platform.GraphQL.Language;

/// <summary>Names, values, directives and type references (spec §2.1.9, §2.9, §2.12, §2.11).</summary>
internal sealed partial class DocumentParser
{
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(token.Value!) { Location = LocationFrom(token) };
    }

    public ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!) { Location = LocationFrom(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!) { Location = LocationFrom(token) };
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true) { Location = LocationFrom(token) },
                    "false" => new BooleanValueNode(false) { Location = LocationFrom(token) },
                    "null" => new NullValueNode { Location = LocationFrom(token) },
                    _ => new EnumValueNode(token.Value!) { Location = LocationFrom(token) },
                };
            case TokenKind.Dollar when isConst:
                ExpectToken(TokenKind.Dollar);
                if (Current.Kind == TokenKind.Name)
                {
                    throw _lexer.SyntaxError(token.Start, $"Unexpected variable \"${Current.Value}\" in constant value.");
                }

                throw Unexpected(token);
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = LocationFrom(token) };
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = Current;
        EnterNesting();
        ExpectToken(TokenKind.BracketLeft);
        var buffer = _valueBuffer ??= new NodeBuffer<ValueNode>();
        var mark = buffer.Mark;
        while (!ExpectOptionalToken(TokenKind.BracketRight))
        {
            buffer.Push(ParseValueLiteral(isConst));
        }

        var values = buffer.PopFrom(mark);
        LeaveNesting();
        return new ListValueNode(values) { Location = LocationFrom(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Current;
        EnterNesting();
        ExpectToken(TokenKind.BraceLeft);
        var buffer = _objectFieldBuffer ??= new NodeBuffer<ObjectFieldNode>();
        var mark = buffer.Mark;
        while (!ExpectOptionalToken(TokenKind.BraceRight))
        {
            buffer.Push(ParseObjectField(isConst));
        }

        var fields = buffer.PopFrom(mark);
        LeaveNesting();
        return new ObjectValueNode(fields) { Location = LocationFrom(start) };
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value) { Location = LocationFrom(start) };
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var buffer = _directiveBuffer ??= new NodeBuffer<DirectiveNode>();
        var mark = buffer.Mark;
        while (Peek(TokenKind.At))
        {
            var start = Current;
            ExpectToken(TokenKind.At);
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            buffer.Push(new DirectiveNode(name, arguments) { Location = LocationFrom(start) });
        }

        return buffer.PopFrom(mark);
    }

    public TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketLeft))
        {
            EnterNesting();
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketRight);
            LeaveNesting();
            type = new ListTypeNode(inner) { Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = LocationFrom(start) } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        var name = ParseName();
        return new NamedTypeNode(name) { Location = LocationFrom(start) };
    }

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;
}
