using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>Compares JSON by content and property order (the response must follow the operation's field order).</summary>
internal static class JsonAssert
{
    public static void Equal(string expectedJson, JsonElement actual)
    {
        using var expected = JsonDocument.Parse(expectedJson);
        Assert.Equal(Normalize(expected.RootElement), Normalize(actual));
    }

    public static string Normalize(JsonElement element) => JsonSerializer.Serialize(element);

    public static JsonElement Data(JsonElement response)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), "Unexpected errors: " + (errors.ValueKind == JsonValueKind.Undefined ? "" : errors.ToString()));
        return response.GetProperty("data");
    }

    public static IReadOnlyList<JsonElement> Errors(JsonElement response) =>
        response.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    public static string PathOf(JsonElement error) =>
        string.Join(".", error.GetProperty("path").EnumerateArray().Select(s => s.ValueKind == JsonValueKind.Number ? s.GetInt32().ToString() : s.GetString()));
}
