using System.Text.Json;

namespace Platform.GraphQL.Execution;

/// <summary>STUB — replaced by the Execution work. Writes results and errors as the GraphQL response format (spec §7).</summary>
public static class ExecutionResultJsonWriter
{
    /// <summary><c>{"errors"?, "data"?, "extensions"?}</c> in that order, as graphql-js's JSON.stringify would.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result) => throw new NotImplementedException();

    /// <summary><c>{"message", "locations"?, "path"?, "extensions"?}</c>.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error) => throw new NotImplementedException();
}
