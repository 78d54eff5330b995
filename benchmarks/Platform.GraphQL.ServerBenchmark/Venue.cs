namespace Platform.GraphQL.ServerBenchmark;

public sealed record Venue(int Id, string Name, int Capacity, [property: GraphQLIgnore] int UnitId);
