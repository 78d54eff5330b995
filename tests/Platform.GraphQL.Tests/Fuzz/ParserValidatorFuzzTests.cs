using System.Diagnostics;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.Fuzz;

/// <summary>Random and mutated documents must only ever produce GraphQL errors: no other exception, no hang, no crash.</summary>
public class ParserValidatorFuzzTests
{
    private const string SchemaSdl = """
        type Query { unit(id: ID!): OrgUnit units(level: Level, first: Int = 10): [OrgUnit!]! search(text: String!): [Result!]! }
        type Mutation { rename(id: ID!, name: String!): OrgUnit }
        type Subscription { published: OrgUnit }
        interface Node { id: ID! }
        type OrgUnit implements Node { id: ID! name: String! level: Level children(first: Int): [OrgUnit!]! parent: OrgUnit }
        type Activity implements Node { id: ID! title: String }
        union Result = OrgUnit | Activity
        enum Level { COUNTY TOWNSHIP VILLAGE }
        input Filter @oneOf { id: ID name: String }
        """;

    private static readonly string[] Seeds =
    [
        "query Q($id: ID!, $s: Boolean = false) { unit(id: $id) { ...Frag children(first: 2) @skip(if: $s) { id name } } }\nfragment Frag on OrgUnit { id name level parent { id } }",
        "{ search(text: \"x\") { __typename ... on OrgUnit { id name } ... on Activity { id title } } }",
        "mutation { rename(id: \"1\", name: \"\"\"block\n  string\"\"\") { id } }",
        "subscription S { published { id name } }",
        "\"desc\" query { units(level: COUNTY, first: 5) { a: id b: name } __schema { types { name } } }",
        "type T implements A & B @d(x: [1, 2.5, {a: null}]) { f(a: Int = 1 @x): [String!]! } extend schema @a { query: Q }",
        "directive @d(x: Int) repeatable on FIELD | QUERY\nenum E { A B } input I { a: Int = 1, b: [I!] } union U = | A | B scalar S @specifiedBy(url: \"u\")",
    ];

    [Fact]
    public void Hundred_thousand_random_documents_only_yield_graphql_errors()
    {
        var schema = SchemaBuilder.Build(SchemaSdl);
        var mutator = new DocumentMutator(seed: 20261122, Seeds);
        var failures = new List<string>();
        var parsed = 0;

        for (var i = 0; i < 100_000 && failures.Count < 5; i++)
        {
            var document = mutator.Next();
            var clock = Stopwatch.StartNew();
            try
            {
                var ast = Parser.Parse(document);
                parsed++;
                Validator.Validate(schema, ast);
            }
            catch (GraphQLError)
            {
            }
            catch (Exception ex)
            {
                failures.Add($"#{i} {ex.GetType().Name}: {ex.Message}\n{Truncate(document)}");
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(5))
            {
                failures.Add($"#{i} took {clock.Elapsed} (hang?)\n{Truncate(document)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.InRange(parsed, 1_000, 99_000);
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
