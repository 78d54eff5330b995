using System.Net;
using System.Text.Json;
using Xunit;

namespace Platform.Testing;

/// <summary>A GraphQL response as the tests read it.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, JsonElement Body, string Text)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasErrors => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    /// <summary>The data, after asserting there were no errors.</summary>
    public JsonElement Ok()
    {
        Assert.False(HasErrors, Text);
        return Data;
    }

    /// <summary>The first error's <c>extensions.code</c>, after asserting there is an error.</summary>
    public string? ErrorCode()
    {
        Assert.True(HasErrors, "Expected an error: " + Text);
        var error = Body.GetProperty("errors")[0];
        return error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null;
    }

    public string ErrorMessage() => Body.GetProperty("errors")[0].GetProperty("message").GetString()!;
}
