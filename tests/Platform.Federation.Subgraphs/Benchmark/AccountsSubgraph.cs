using Platform.GraphQL.DataLoader;
using static Platform.Federation.Subgraphs.Benchmark.BenchmarkData;

namespace Platform.Federation.Subgraphs.Benchmark;

/// <summary>The benchmark's accounts subgraph: owns <c>User</c> and the user root fields.</summary>
internal sealed class AccountsSubgraph : ISubgraph
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])

        type Query {
          me: User
          user(id: ID!): User
          users: [User]
        }

        type User @key(fields: "id") {
          id: ID!
          name: String
          username: String @shareable
          birthday: Int
        }
        """;

    public string Name => "accounts";

    public void Configure(GraphQLServerBuilder graphQL) => graphQL
        .AddDocumentFromString(Sdl)
        .AddResolver("Query", "me", _ => ToMap(Author))
        .AddResolver("Query", "user", context =>
            UsersById.TryGetValue((string)context.Arguments["id"]!, out var user) ? ToMap(user) : null)
        .AddResolver("Query", "users", _ => Users.Select(ToMap).ToList())
        .AddReferenceResolver("User", (representation, context) =>
            context.BatchLoader<string, Dictionary<string, object?>>("usersById", (ids, _) =>
                Task.FromResult<IReadOnlyDictionary<string, Dictionary<string, object?>>>(ids
                    .Where(UsersById.ContainsKey)
                    .Distinct()
                    .ToDictionary(id => id, id => ToMap(UsersById[id]))))
            .LoadAsync(Representations.Id(representation, "id")));

    private static Dictionary<string, object?> ToMap(User user) => new()
    {
        ["id"] = user.Id,
        ["name"] = user.Name,
        ["username"] = user.Username,
        ["birthday"] = user.Birthday,
    };
}
