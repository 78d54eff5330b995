using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Conformance;

/// <summary>
/// <c>serve --urls URL --schema FILE.graphql [--root FILE.json]</c>: the schema with the default resolvers over a
/// root value read from JSON, behind the GraphQL-over-HTTP endpoint at <c>/graphql</c>. Used by the graphql-http audit.
/// </summary>
public static class ConformanceServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? urls = null, schemaFile = null, rootFile = null;
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--urls": urls = args[i + 1]; break;
                case "--schema": schemaFile = args[i + 1]; break;
                case "--root": rootFile = args[i + 1]; break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}.");
                    return 2;
            }
        }

        if (urls is null || schemaFile is null)
        {
            Console.Error.WriteLine("usage: serve --urls http://127.0.0.1:PORT --schema FILE.graphql [--root FILE.json]");
            return 2;
        }

        var app = Create(urls, File.ReadAllText(schemaFile), rootFile is null ? null : File.ReadAllText(rootFile));
        await app.RunAsync();
        return 0;
    }

    /// <summary>The server, not yet started; <paramref name="urls"/> may use port 0 for a free port.</summary>
    public static WebApplication Create(string urls, string sdl, string? rootJson)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        object? root = null;
        if (rootJson is not null)
        {
            using var document = JsonDocument.Parse(rootJson);
            root = JsonValues.ToValue(document.RootElement);
        }

        builder.Services.AddGraphQLServer()
            .AddDocumentFromString(sdl)
            .ModifyOptions(options => options.RootValue = root);
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        return app;
    }
}
