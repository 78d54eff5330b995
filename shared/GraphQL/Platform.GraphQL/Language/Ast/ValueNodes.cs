namespace Platform.GraphQL.Language;

/// <summary>A literal value or a variable reference.</summary>
public abstract class ValueNode : SyntaxNode
{
}

public sealed class VariableNode : ValueNode, INamedSyntaxNode
{
    public VariableNode(NameNode name) => Name = name;

    public override SyntaxKind Kind => SyntaxKind.Variable;

    public NameNode Name { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Name);
    }
}

/// <summary>An integer literal, kept as its source text (it may exceed any machine integer).</summary>
public sealed class IntValueNode : ValueNode
{
    public IntValueNode(string value) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.IntValue;

    public string Value { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
    }
}

/// <summary>A float literal, kept as its source text.</summary>
public sealed class FloatValueNode : ValueNode
{
    public FloatValueNode(string value) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    public string Value { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
    }
}

/// <summary>A string literal with escapes resolved; <see cref="Block"/> for triple-quoted strings.</summary>
public sealed class StringValueNode : ValueNode
{
    public StringValueNode(string value, bool block = false)
    {
        Value = value;
        Block = block;
    }

    public override SyntaxKind Kind => SyntaxKind.StringValue;

    public string Value { get; }

    public bool Block { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
    }
}

public sealed class BooleanValueNode : ValueNode
{
    public BooleanValueNode(bool value) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    public bool Value { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
    }
}

public sealed class NullValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
    }
}

public sealed class EnumValueNode : ValueNode
{
    public EnumValueNode(string value) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    public string Value { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
    }
}

public sealed class ListValueNode : ValueNode
{
    public ListValueNode(IReadOnlyList<ValueNode> values) => Values = values;

    public override SyntaxKind Kind => SyntaxKind.ListValue;

    public IReadOnlyList<ValueNode> Values { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Values);
    }
}

public sealed class ObjectValueNode : ValueNode
{
    public ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields) => Fields = fields;

    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Fields);
    }
}

public sealed class ObjectFieldNode : SyntaxNode, INamedSyntaxNode
{
    public ObjectFieldNode(NameNode name, ValueNode value)
    {
        Name = name;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    public NameNode Name { get; }

    public ValueNode Value { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Name);
        Visit(visitor, Value);
    }
}
