using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.GraphQL.Conformance;

/// <summary>
/// Compares the engine's answer with graphql-js's. Structure must be equal: the answer's entries,
/// <c>printed</c>, <c>data</c> (key order included), the number of errors and each error's
/// <c>path</c> and <c>locations</c>. Messages are only counted, so a wording gap shows as a figure.
/// </summary>
public static class AnswerComparer
{
    private const int SnippetLength = 400;

    private static readonly JsonSerializerOptions ReadableJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string IdOf(string answerOrRequestLine)
    {
        var id = JsonNode.Parse(answerOrRequestLine)?["id"];
        return id is null ? "null" : id.GetValueKind() == JsonValueKind.String ? id.GetValue<string>() : id.ToJsonString();
    }

    public static CaseComparison Compare(string id, string expectedLine, string actualLine)
    {
        var comparison = new CaseComparison(id);
        var expected = JsonNode.Parse(expectedLine)?["result"] as JsonObject
            ?? throw new InvalidDataException($"Expected answer of \"{id}\" has no result object.");
        JsonObject? actual;
        try
        {
            actual = JsonNode.Parse(actualLine)?["result"] as JsonObject;
        }
        catch (JsonException exception)
        {
            actual = null;
            comparison.Mismatches.Add($"answer is not JSON: {exception.Message}");
        }

        if (actual is null)
        {
            comparison.Mismatches.Add("answer has no result object");
            actual = [];
        }

        if (actual["crash"] is { } crash)
        {
            comparison.Mismatches.Add($"crash: {crash.GetValue<string>()}");
        }
        else
        {
            CompareEntries(comparison, expected, actual);
        }

        CompareMessages(comparison, expected["errors"] as JsonArray, actual["errors"] as JsonArray);
        CompareMessages(comparison, expected["schemaErrors"] as JsonArray, actual["schemaErrors"] as JsonArray);
        return comparison;
    }

    private static void CompareEntries(CaseComparison comparison, JsonObject expected, JsonObject actual)
    {
        foreach (var name in new[] { "printed", "data", "errors", "schemaErrors" })
        {
            var inExpected = expected.TryGetPropertyValue(name, out var expectedValue);
            var inActual = actual.TryGetPropertyValue(name, out var actualValue);
            if (inExpected != inActual)
            {
                comparison.Mismatches.Add(inExpected
                    ? $"{name}: expected {Snippet(expectedValue)}, but it is missing"
                    : $"{name}: not expected, but got {Snippet(actualValue)}");
                continue;
            }

            if (!inExpected || name == "schemaErrors")
            {
                continue;
            }

            if (name == "errors")
            {
                CompareErrorPlaces(comparison, (JsonArray)expectedValue!, actualValue as JsonArray);
            }
            else if (!JsonOrder.AreEqual(expectedValue, actualValue))
            {
                comparison.Mismatches.Add($"{name}: expected {Snippet(expectedValue)}, actual {Snippet(actualValue)}");
            }
        }
    }

    private static void CompareErrorPlaces(CaseComparison comparison, JsonArray expected, JsonArray? actual)
    {
        if (actual is null || actual.Count != expected.Count)
        {
            comparison.Mismatches.Add(
                $"errors: expected {expected.Count} {Snippet(expected)}, actual {actual?.Count ?? 0} {Snippet(actual)}");
            return;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            foreach (var name in new[] { "path", "locations" })
            {
                var expectedValue = expected[i]?[name];
                var actualValue = actual[i]?[name];
                if (!JsonOrder.AreEqual(expectedValue, actualValue))
                {
                    comparison.Mismatches.Add(
                        $"errors[{i}].{name}: expected {Snippet(expectedValue)}, actual {Snippet(actualValue)} ({Message(expected[i])})");
                }
            }
        }
    }

    /// <summary>Every expected message counts once; it matches when the actual list still has an equal one.</summary>
    private static void CompareMessages(CaseComparison comparison, JsonArray? expected, JsonArray? actual)
    {
        if (expected is null)
        {
            return;
        }

        var unmatched = new List<string>();
        if (actual is not null)
        {
            foreach (var error in actual)
            {
                unmatched.Add(Message(error));
            }
        }

        foreach (var error in expected)
        {
            var message = Message(error);
            comparison.MessagesTotal++;
            var index = unmatched.IndexOf(message);
            if (index >= 0)
            {
                unmatched.RemoveAt(index);
                comparison.MessagesMatched++;
            }
            else
            {
                comparison.MessageMismatches.Add(new MessageMismatch(message, unmatched.Count > 0 ? unmatched[0] : null));
            }
        }
    }

    private static string Message(JsonNode? error) => error?["message"]?.GetValue<string>() ?? "";

    private static string Snippet(JsonNode? node)
    {
        var text = node is null ? "null" : node.ToJsonString(ReadableJson);
        return text.Length <= SnippetLength ? text : text[..SnippetLength] + "…";
    }
}

/// <summary>How one case compared: structural mismatches and the message tally.</summary>
public sealed class CaseComparison(string id)
{
    public string Id { get; } = id;

    public List<string> Mismatches { get; } = [];

    public int MessagesTotal { get; set; }

    public int MessagesMatched { get; set; }

    public List<MessageMismatch> MessageMismatches { get; } = [];

    public bool Passed => Mismatches.Count == 0;
}

/// <summary>An expected message with no equal actual one, beside the first actual message left over.</summary>
public sealed record MessageMismatch(string Expected, string? Actual);
