using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.AspNetCore.Execution;

/// <summary>
/// A request after parsing: the document with the type of the operation it selects (null when the executor must
/// report that none or several match), or the syntax error that ends it.
/// </summary>
internal sealed class PreparedRequest
{
    private PreparedRequest(GraphQLRequest request, DocumentNode? document, OperationType? operationType, ExecutionResult? requestErrors)
    {
        Request = request;
        Document = document;
        OperationType = operationType;
        RequestErrors = requestErrors;
    }

    public GraphQLRequest Request { get; }

    public DocumentNode? Document { get; }

    public OperationType? OperationType { get; }

    /// <summary>The syntax error: a response without <c>data</c>.</summary>
    public ExecutionResult? RequestErrors { get; }

    public static PreparedRequest Failed(GraphQLRequest request, IReadOnlyList<GraphQLError> errors) =>
        new(request, null, null, ExecutionResult.FromErrors(errors));

    public static PreparedRequest Ready(GraphQLRequest request, DocumentNode document) =>
        new(request, document, SelectOperation(document, request.OperationName)?.Operation, null);

    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? selected = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (selected is not null)
                {
                    return null;
                }

                selected = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        return selected;
    }
}
