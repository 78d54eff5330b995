namespace Platform.GraphQL.Types;

public static partial class SchemaValidator
{
    private static void ValidateTypes(Context context)
    {
        var defaultValueCycles = new DefaultValueCycleDetector(context);
        var finiteValues = new FiniteValueDetector(context);
        foreach (var type in context.Schema.TypeMap.Values)
        {
            if (!IntrospectionTypes.IsIntrospectionType(type))
            {
                ValidateName(context, type.Name, type.AstNode);
            }

            switch (type)
            {
                case ObjectType or InterfaceType:
                    ValidateFields(context, type, (IComplexOutputType)type);
                    ValidateInterfaces(context, type, (IComplexOutputType)type);
                    break;
                case UnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case InputObjectType inputObject:
                    ValidateInputFields(context, inputObject);
                    finiteValues.Add(inputObject);
                    defaultValueCycles.Check(inputObject);
                    break;
            }
        }

        finiteValues.ReportNonFiniteInputObjects();
    }

    private static void ValidateFields(Context context, NamedType type, IComplexOutputType complex)
    {
        if (complex.Fields.Count == 0)
        {
            context.Report($"Type {type.Name} must define one or more fields.", DefinitionNodes(type));
        }

        foreach (var field in complex.Fields.Values)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsOutputType)
            {
                context.Report(
                    $"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.",
                    field.AstNode?.Type);
            }

            foreach (var argument in field.Arguments.Values)
            {
                var coordinate = $"{type.Name}.{field.Name}({argument.Name}:)";
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType)
                {
                    context.Report(
                        $"The type of {coordinate} must be Input Type but got: {argument.Type}.",
                        argument.AstNode?.Type);
                }

                if (IsRequired(argument) && argument.IsDeprecated)
                {
                    context.Report(
                        $"Required argument {coordinate} cannot be deprecated.",
                        DeprecatedDirective(argument.AstNode),
                        argument.AstNode?.Type);
                }

                ValidateDefaultValue(context, argument, coordinate);
            }
        }
    }
}
