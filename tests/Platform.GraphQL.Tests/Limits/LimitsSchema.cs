using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.Limits;

/// <summary>A small schema with nested and list fields, and validation under one limit rule alone.</summary>
internal static class LimitsSchema
{
    public const string Sdl = """
        type Query {
          hello: String
          a: String
          user(id: ID): User
          users(first: Int, last: Int, limit: Int): [User!]!
          search(first: Int = 5): [User]
          slow: String
          stuck: String
        }

        type User {
          id: ID
          name: String
          best: User
          friends(first: Int): [User!]!
        }
        """;

    public static readonly Schema Schema = SchemaBuilder.Build(Sdl);

    /// <summary>The messages and codes of the errors of <paramref name="query"/> under <paramref name="rule"/> only.</summary>
    public static IReadOnlyList<string> Validate(string query, ValidationRuleFactory rule) =>
        Validator.Validate(Schema, Parser.Parse(query), [rule])
            .Select(error => $"{error.Message} [{error.Extensions?["code"]}]")
            .ToList();

    public static string Json(ExecutionResult result) => ExecutionResultJsonWriter.ToJson(result);
}
