using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>
/// Tracks the schema types that apply at the current node while a document is walked (graphql-js <c>TypeInfo</c>):
/// the output type and parent composite type of fields, the input type of arguments and values, and the field,
/// directive, argument and enum value definitions in scope. Call <see cref="Enter"/> before the node's visitors and
/// <see cref="Leave"/> after them.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<InputValueDefinition?> _defaultValueStack = [];
    private DirectiveDefinition? _directive;
    private InputValueDefinition? _argument;
    private EnumValueDefinition? _enumValue;

    public TypeInfo(Schema schema) => _schema = schema;

    public Schema Schema => _schema;

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public new GraphQLType? GetType() => Top(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? GetParentType() => Top(_parentTypeStack);

    /// <summary>The expected type of the current argument, variable definition or value.</summary>
    public GraphQLType? GetInputType() => Top(_inputTypeStack);

    /// <summary>The input type that encloses the current one (a list or input object), if any.</summary>
    public GraphQLType? GetParentInputType() =>
        _inputTypeStack.Count >= 2 ? _inputTypeStack[_inputTypeStack.Count - 2] : null;

    public FieldDefinition? GetFieldDef() => Top(_fieldDefStack);

    /// <summary>The argument or input field whose default value applies at the current value, or null when none has one.</summary>
    public InputValueDefinition? GetDefaultValueDefinition() => Top(_defaultValueStack);

    public DirectiveDefinition? GetDirective() => _directive;

    public InputValueDefinition? GetArgument() => _argument;

    public EnumValueDefinition? GetEnumValue() => _enumValue;

    public void Enter(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                _parentTypeStack.Add(GetType()?.NamedType is { } named && named is ICompositeType ? named : null);
                break;
            case SyntaxKind.Field:
                var fieldName = ((FieldNode)node).Name.Value;
                var fieldDef = GetParentType() is { } parentType ? GetFieldDefinition(_schema, parentType, fieldName) : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type);
                break;
            case SyntaxKind.Directive:
                _directive = _schema.GetDirective(((DirectiveNode)node).Name.Value);
                break;
            case SyntaxKind.OperationDefinition:
                _typeStack.Add(_schema.GetRootType(((OperationDefinitionNode)node).Operation));
                break;
            case SyntaxKind.InlineFragment:
                EnterTypeCondition(((InlineFragmentNode)node).TypeCondition);
                break;
            case SyntaxKind.FragmentDefinition:
                EnterTypeCondition(((FragmentDefinitionNode)node).TypeCondition);
                break;
            case SyntaxKind.VariableDefinition:
                var variableType = TypeFromAst(_schema, ((VariableDefinitionNode)node).Type);
                _inputTypeStack.Add(variableType is not null && variableType.IsInputType ? variableType : null);
                break;
            case SyntaxKind.Argument:
                EnterArgument((ArgumentNode)node);
                break;
            case SyntaxKind.ListValue:
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(GetInputType()?.Nullable is ListType list ? list.OfType : null);
                break;
            case SyntaxKind.ObjectField:
                EnterObjectField((ObjectFieldNode)node);
                break;
            case SyntaxKind.EnumValue:
                _enumValue = null;
                if (GetInputType()?.NamedType is EnumType enumType)
                {
                    enumType.Values.TryGetValue(((EnumValueNode)node).Value, out _enumValue);
                }

                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case SyntaxKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case SyntaxKind.Directive:
                _directive = null;
                break;
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case SyntaxKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.Argument:
                _argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.ListValue:
            case SyntaxKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.EnumValue:
                _enumValue = null;
                break;
        }
    }

    /// <summary>
    /// The field a selection of <paramref name="fieldName"/> on <paramref name="parentType"/> refers to, meta fields
    /// included (graphql-js <c>schema.getField</c>): <c>__schema</c> and <c>__type</c> on the query root only,
    /// <c>__typename</c> on every composite type.
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            switch (fieldName)
            {
                case "__schema":
                    return ReferenceEquals(schema.QueryType, parentType) ? IntrospectionTypes.SchemaMetaField : null;
                case "__type":
                    return ReferenceEquals(schema.QueryType, parentType) ? IntrospectionTypes.TypeMetaField : null;
                case "__typename":
                    return IntrospectionTypes.TypeNameMetaField;
            }
        }

        return parentType is IComplexOutputType complex && complex.Fields.TryGetValue(fieldName, out var field) ? field : null;
    }

    /// <summary>The schema type a type reference names, or null when a named type is not in the schema (graphql-js <c>typeFromAST</c>).</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode typeNode)
    {
        switch (typeNode)
        {
            case NamedTypeNode named:
                return schema.GetType(named.Name.Value);
            case ListTypeNode list:
                var item = TypeFromAst(schema, list.Type);
                return item is null ? null : new ListType(item);
            case NonNullTypeNode nonNull:
                var inner = TypeFromAst(schema, nonNull.Type);
                return inner is null or NonNullType ? null : new NonNullType(inner);
            default:
                return null;
        }
    }

    private void EnterTypeCondition(NamedTypeNode? typeCondition)
    {
        var outputType = typeCondition is not null ? TypeFromAst(_schema, typeCondition) : GetType()?.NamedType;
        _typeStack.Add(outputType is not null && outputType.IsOutputType ? outputType : null);
    }

    private void EnterArgument(ArgumentNode argument)
    {
        InputValueDefinition? argDef = null;
        if (_directive is not null)
        {
            _directive.Arguments.TryGetValue(argument.Name.Value, out argDef);
        }
        else if (GetFieldDef() is { } fieldDef)
        {
            fieldDef.Arguments.TryGetValue(argument.Name.Value, out argDef);
        }

        _argument = argDef;
        _defaultValueStack.Add(argDef is { HasDefaultValue: true } ? argDef : null);
        _inputTypeStack.Add(argDef?.Type);
    }

    private void EnterObjectField(ObjectFieldNode objectField)
    {
        InputValueDefinition? inputField = null;
        if (GetInputType()?.NamedType is InputObjectType inputObject)
        {
            inputObject.Fields.TryGetValue(objectField.Name.Value, out inputField);
        }

        _defaultValueStack.Add(inputField is { HasDefaultValue: true } ? inputField : null);
        _inputTypeStack.Add(inputField?.Type);
    }

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
