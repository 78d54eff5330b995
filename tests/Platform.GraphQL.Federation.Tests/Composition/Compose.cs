using Platform.GraphQL.Federation.Composition;

namespace Platform.GraphQL.Federation.Tests.Composition;

/// <summary>Test helpers: compose named SDL strings and insist on the outcome.</summary>
internal static class Compose
{
    public static CompositionResult Run(params (string Name, string Sdl)[] subgraphs) =>
        SupergraphComposer.Compose(subgraphs.Select(s => new SubgraphDefinition(s.Name, new Uri($"http://127.0.0.1/{s.Name}"), s.Sdl)).ToList());

    public static Supergraph Succeeds(params (string Name, string Sdl)[] subgraphs)
    {
        var result = Run(subgraphs);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => $"{e.Code}: {e.Message}")));
        return result.Supergraph!;
    }

    public static IReadOnlyList<CompositionError> Fails(params (string Name, string Sdl)[] subgraphs)
    {
        var result = Run(subgraphs);
        Assert.False(result.Succeeded, "expected composition to fail");
        return result.Errors;
    }

    public const string Link = """extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@override", "@inaccessible", "@tag", "@interfaceObject", "@composeDirective"])""";
}
