using Platform.GraphQL.Federation.Compatibility;

// The products subgraph of Apollo's federation compatibility suite. Usage: dotnet run -- [http://127.0.0.1:4001]
await using var app = ProductsSubgraph.Create(args.Length > 0 ? args[0] : "http://127.0.0.1:4001");
await app.RunAsync();
