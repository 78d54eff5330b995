using System.Text.Json.Nodes;

namespace Platform.GraphQL.Conformance;

/// <summary>
/// JSON equality where object keys must also come in the same order (graphql-js orders
/// <c>data</c> by the selection set) and numbers compare by value (<c>1.0</c> equals <c>1</c>).
/// </summary>
public static class JsonOrder
{
    public static bool AreEqual(JsonNode? expected, JsonNode? actual)
    {
        if (!JsonNode.DeepEquals(expected, actual))
        {
            return false;
        }

        return SameKeyOrder(expected, actual);
    }

    private static bool SameKeyOrder(JsonNode? expected, JsonNode? actual)
    {
        switch (expected)
        {
            case JsonObject expectedObject when actual is JsonObject actualObject:
                using (var expectedEntries = expectedObject.GetEnumerator())
                using (var actualEntries = actualObject.GetEnumerator())
                {
                    while (expectedEntries.MoveNext())
                    {
                        if (!actualEntries.MoveNext() || expectedEntries.Current.Key != actualEntries.Current.Key
                            || !SameKeyOrder(expectedEntries.Current.Value, actualEntries.Current.Value))
                        {
                            return false;
                        }
                    }

                    return !actualEntries.MoveNext();
                }

            case JsonArray expectedArray when actual is JsonArray actualArray:
                for (var i = 0; i < expectedArray.Count; i++)
                {
                    if (!SameKeyOrder(expectedArray[i], actualArray[i]))
                    {
                        return false;
                    }
                }

                return expectedArray.Count == actualArray.Count;

            default:
                return true;
        }
    }
}
