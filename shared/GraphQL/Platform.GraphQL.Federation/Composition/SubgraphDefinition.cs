namespace Platform.GraphQL.Federation.Composition;

/// <summary>A subgraph as the gateway knows it: its name, where it answers, and the SDL its <c>_service { sdl }</c> returned.</summary>
public sealed record SubgraphDefinition(string Name, Uri Url, string Sdl);
