namespace Platform.Federation.Subgraphs;

/// <summary>One subgraph of a set: its name (the gateway's service name) and what it registers on its server.</summary>
internal interface ISubgraph
{
    string Name { get; }

    void Configure(GraphQLServerBuilder graphQL);
}
