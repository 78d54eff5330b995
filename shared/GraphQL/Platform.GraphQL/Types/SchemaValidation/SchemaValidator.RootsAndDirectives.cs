using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Types;

public static partial class SchemaValidator
{
    private static readonly OperationType[] Operations = [OperationType.Query, OperationType.Mutation, OperationType.Subscription];

    private static void ValidateRootTypes(Context context)
    {
        var schema = context.Schema;
        var notObjects = schema.Unrepresentable.Roots;
        if (schema.QueryType is null && !notObjects.ContainsKey(OperationType.Query))
        {
            context.Report("Query root type must be provided.", schema.AstNode);
        }

        var operationsByRootType = new List<(ObjectType RootType, List<OperationType> Operations)>();
        foreach (var operation in Operations)
        {
            if (notObjects.TryGetValue(operation, out var notObject))
            {
                var ifProvided = operation == OperationType.Query ? string.Empty : " if provided";
                context.Report(
                    $"{operation} root type must be Object type{ifProvided}, it cannot be {notObject.Type.Name}.",
                    notObject.Node ?? notObject.Type.AstNode);
                continue;
            }

            if (schema.GetRootType(operation) is not { } rootType)
            {
                continue;
            }

            var entry = operationsByRootType.Find(e => ReferenceEquals(e.RootType, rootType));
            if (entry.Operations is null)
            {
                operationsByRootType.Add((rootType, [operation]));
            }
            else
            {
                entry.Operations.Add(operation);
            }
        }

        foreach (var (rootType, operations) in operationsByRootType)
        {
            if (operations.Count > 1)
            {
                context.Report(
                    $"All root types must be different, \"{rootType.Name}\" type is used as {Suggestions.AndList(operations.ConvertAll(OperationName))} root types.",
                    operations.ConvertAll(operation => (SyntaxNode?)OperationTypeNode(schema, operation)));
            }
        }
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    /// <summary>The named type an SDL <c>schema</c> definition or extension gives for the operation.</summary>
    private static NamedTypeNode? OperationTypeNode(Schema schema, OperationType operation)
    {
        if (schema.AstNode is { } definition)
        {
            foreach (var operationType in definition.OperationTypes)
            {
                if (operationType.Operation == operation)
                {
                    return operationType.Type;
                }
            }
        }

        foreach (var extension in schema.ExtensionAstNodes)
        {
            foreach (var operationType in extension.OperationTypes)
            {
                if (operationType.Operation == operation)
                {
                    return operationType.Type;
                }
            }
        }

        return null;
    }

    private static void ValidateDirectives(Context context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            ValidateName(context, directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments.Values)
            {
                var coordinate = $"@{directive.Name}({argument.Name}:)";
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType)
                {
                    context.Report($"The type of {coordinate} must be Input Type but got: {argument.Type}.", argument.AstNode);
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
