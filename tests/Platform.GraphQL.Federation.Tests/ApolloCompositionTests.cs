using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Federation.Tests.ClrTypes;

namespace Platform.GraphQL.Federation.Tests;

/// <summary>The SDL a C#-typed subgraph prints composes, by Apollo's own composition, with a subgraph written by hand.</summary>
public sealed class ApolloCompositionTests
{
    private const string UsersSdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
        type Query { users: [User] }
        type User @key(fields: "email") {
          email: ID!
          name: String
          totalProductsCreated: Int @shareable
          yearsOfEmployment: Int
        }
        interface Media @key(fields: "id") { id: ID! }
        type Book implements Media @key(fields: "id") { id: ID! }
        """;

    [Fact]
    public async Task The_csharp_catalog_subgraph_composes_with_apollo_composition()
    {
        await using var host = await SubgraphHost.StartAsync(graphQL =>
        {
            graphQL.Services.AddSingleton<Catalog>();
            graphQL
                .AddQueryType<CatalogQuery>()
                .AddType<ProductResearch>()
                .AddType<Review>()
                .AddType<Media>()
                .AddTypeExtension<ReviewReferences>()
                .AddDataLoader<ReviewByIdLoader>()
                .AddFederation()
                .AddComposedDirective("https://myspecs.dev/myCustomDirective/v1.0", "directive @custom on OBJECT");
        });
        var services = Path.Combine(Path.GetTempPath(), $"subgraphs-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(services, JsonSerializer.Serialize(new[]
        {
            new { name = "catalog", url = "http://127.0.0.1:1/graphql", sdl = await host.ServiceSdlAsync() },
            new { name = "users", url = "http://127.0.0.1:2/graphql", sdl = UsersSdl },
        }));

        try
        {
            var composition = await CompatibilitySuite.RunJsonAsync("compose.mjs", services);

            Assert.True(composition.GetProperty("errors").GetArrayLength() == 0, composition.GetProperty("errors").ToString());
        }
        finally
        {
            File.Delete(services);
        }
    }
}
