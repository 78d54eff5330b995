using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Execution;

/// <summary>graphql-js <c>graphql()</c>: validate the schema, parse, validate the document, then execute.</summary>
public static class RequestRunner
{
    private static readonly ConditionalWeakTable<Schema, IReadOnlyList<GraphQLError>> SchemaErrors = new();

    /// <summary>Schema, syntax and validation errors come back as a result without data, never as exceptions.</summary>
    public static Task<ExecutionResult> RunAsync(
        Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        object? rootValue = null,
        CancellationToken cancellationToken = default)
    {
        var schemaErrors = SchemaErrors.GetValue(schema, static s => SchemaValidator.Validate(s));
        if (schemaErrors.Count > 0)
        {
            return Task.FromResult(ExecutionResult.FromErrors(schemaErrors));
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLError syntaxError)
        {
            return Task.FromResult(ExecutionResult.FromErrors([syntaxError]));
        }

        var validationErrors = Validator.Validate(schema, document);
        if (validationErrors.Count > 0)
        {
            return Task.FromResult(ExecutionResult.FromErrors(validationErrors));
        }

        return Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = document,
            OperationName = operationName,
            VariableValues = variables,
            RootValue = rootValue,
            CancellationToken = cancellationToken,
        });
    }
}
