using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>AddGraphQLServer: the schema is built and validated once; mistakes fail startup with a clear message.</summary>
public sealed class RegistrationTests
{
    private static WebApplication Build(Action<GraphQLServerBuilder> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        configure(builder.Services.AddGraphQLServer());
        return builder.Build();
    }

    [Fact]
    public async Task An_invalid_schema_fails_at_MapGraphQL_with_the_validation_errors()
    {
        await using var app = Build(graphQL => graphQL.AddDocumentFromString("type Query { a: String } type Mutation"));

        var error = Assert.Throws<SchemaException>(() => app.MapGraphQL());

        Assert.Contains("Mutation", error.Message);
    }

    [Fact]
    public async Task An_sdl_syntax_error_fails_startup()
    {
        await using var app = Build(graphQL => graphQL.AddDocumentFromString("type Query {"));

        Assert.Throws<SchemaException>(() => app.MapGraphQL());
    }

    [Fact]
    public async Task A_resolver_for_an_unknown_field_names_the_type_and_field()
    {
        await using var app = Build(graphQL => graphQL.AddDocumentFromString("type Query { a: String }").AddResolver("Query", "b", _ => 1));

        var error = Assert.Throws<SchemaException>(() => app.MapGraphQL());

        Assert.Contains("type \"Query\" has no field \"b\"", error.Message);
    }

    [Fact]
    public async Task Registering_no_schema_fails_with_guidance()
    {
        await using var app = Build(_ => { });

        var error = Assert.Throws<SchemaException>(() => app.MapGraphQL());

        Assert.Contains("AddDocumentFromString", error.Message);
    }

    [Fact]
    public async Task MapGraphQL_without_AddGraphQLServer_says_what_is_missing()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapGraphQL());

        Assert.Contains("AddGraphQLServer", error.Message);
    }

    [Fact]
    public async Task The_schema_is_one_singleton_and_ConfigureSchema_runs_before_validation()
    {
        var configured = 0;
        await using var app = Build(graphQL => graphQL
            .AddDocumentFromString("type Query { a: String }")
            .ConfigureSchema(schema =>
            {
                configured++;
                schema.QueryType!.Fields["a"].Resolver = _ => "configured";
            }));

        var first = app.Services.GetRequiredService<Schema>();
        var second = app.Services.GetRequiredService<Schema>();

        Assert.Same(first, second);
        Assert.Equal(1, configured);
        Assert.NotNull(first.QueryType!.Fields["a"].Resolver);
    }

    [Fact]
    public void Calling_AddGraphQLServer_twice_extends_the_same_schema()
    {
        var services = new ServiceCollection();
        services.AddGraphQLServer().AddDocumentFromString("type Query { a: String }");
        services.AddGraphQLServer().AddDocumentFromString("extend type Query { b: String }");

        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<Schema>();

        Assert.Equal(["a", "b"], schema.QueryType!.Fields.Keys);
    }
}
