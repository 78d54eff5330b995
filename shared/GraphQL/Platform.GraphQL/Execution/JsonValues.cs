using System.Text.Json;

namespace Platform.GraphQL.Execution;

/// <summary>STUB — replaced by the Execution work. JSON to the plain values the engine coerces.</summary>
public static class JsonValues
{
    /// <summary>
    /// null, bool, string, numbers (int when integral and in range, else long, else double),
    /// <c>List&lt;object?&gt;</c> and <c>Dictionary&lt;string, object?&gt;</c> (in document order).
    /// </summary>
    public static object? ToValue(JsonElement element) => throw new NotImplementedException();
}
