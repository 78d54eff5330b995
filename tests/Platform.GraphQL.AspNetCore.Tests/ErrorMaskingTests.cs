using System.Net;
using static Platform.GraphQL.AspNetCore.Tests.TestServerHost;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>What clients see of failures: never internals unless development mode or the option says so.</summary>
public sealed class ErrorMaskingTests
{
    [Fact]
    public async Task A_resolver_exception_becomes_unexpected_execution_error_outside_development()
    {
        await using var host = await StartAsync();

        using var response = await host.PostQueryAsync("{ hello fail }", GraphQLResponseJson);

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("secret", text);
        Assert.DoesNotContain("InvalidOperationException", text);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("Unexpected Execution Error", error.GetProperty("message").GetString());
        Assert.Equal("fail", error.GetProperty("path")[0].GetString());
        Assert.Equal("UNEXPECTED_EXECUTION_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task In_development_the_exception_details_are_included()
    {
        await using var host = await StartAsync(environment: "Development");

        using var response = await host.PostQueryAsync("{ fail }");

        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("secret connection string", error.GetProperty("message").GetString());
        var exception = error.GetProperty("extensions").GetProperty("exception");
        Assert.Equal(typeof(InvalidOperationException).FullName, exception.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(exception.GetProperty("stackTrace").GetString()));
    }

    [Fact]
    public async Task The_option_overrides_the_environment()
    {
        await using var host = await StartAsync(graphQL => graphQL.ModifyOptions(o => o.IncludeExceptionDetails = false), "Development");

        using var response = await host.PostQueryAsync("{ fail }");

        Assert.DoesNotContain("secret", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_graphql_error_thrown_by_a_resolver_keeps_its_message_and_extensions()
    {
        await using var host = await StartAsync();

        using var response = await host.PostQueryAsync("{ refuse }");

        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("Not allowed.", error.GetProperty("message").GetString());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unexpected_failure_in_the_pipeline_answers_a_graphql_error_without_internals()
    {
        await using var host = await StartAsync(graphQL => graphQL.ModifyOptions(o =>
            o.ValidationRules.Add(_ => throw new InvalidOperationException("rule internals at C:\\src"))));

        using var response = await host.PostQueryAsync("{ hello }", GraphQLResponseJson);

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("internals", text);
        Assert.Equal("INTERNAL_SERVER_ERROR", await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task With_introspection_off_schema_and_type_fail_validation_but_typename_works()
    {
        await using var host = await StartAsync(graphQL => graphQL.ModifyOptions(o => o.EnableIntrospection = false));

        using var refused = await host.PostQueryAsync("{ __schema { queryType { name } } }", GraphQLResponseJson);
        using var typeRefused = await host.PostQueryAsync("{ __type(name: \"Query\") { name } }", GraphQLResponseJson);
        using var allowed = await host.PostQueryAsync("{ __typename }", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("INTROSPECTION_DISABLED", await FirstErrorCodeAsync(refused));
        Assert.Equal("INTROSPECTION_DISABLED", await FirstErrorCodeAsync(typeRefused));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("Query", (await JsonAsync(allowed)).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Introspection_is_on_by_default()
    {
        await using var host = await StartAsync();

        using var response = await host.PostQueryAsync("{ __schema { queryType { name } } }", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
