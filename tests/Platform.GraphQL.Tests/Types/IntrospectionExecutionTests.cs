using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

/// <summary>Introspection queries run end to end (validation, execution, JSON) over an SDL schema, compared with graphql-js 17.1.0 <c>graphql()</c>.</summary>
public class IntrospectionExecutionTests
{
    private static readonly Schema Schema = SchemaBuilder.Build(Sdl);

    [Fact]
    public async Task FullIntrospectionQueryMatchesGraphQLJs()
    {
        var query = IntrospectionQuery.Build(new IntrospectionQueryOptions(
            SpecifiedByUrl: true, DirectiveIsRepeatable: true, SchemaDescription: true, InputValueDeprecation: true, OneOf: true));
        var expected = File.ReadAllText(Path.Combine(
            AppContext.BaseDirectory, "Types", "__snapshots__", "IntrospectionExecutionTests.FullIntrospectionQueryMatchesGraphQLJs.snap"));

        Assert.Equal(Normalize(expected), Normalize(await Run(query)));
    }

    [Fact]
    public async Task DeprecatedMembersAreLeftOutUnlessAskedFor()
    {
        const string query = """
            { __typename q: __type(name: "Query") { fields { name } all: fields(includeDeprecated: true) { name } }
              color: __type(name: "Color") { enumValues { name } }
              point: __type(name: "Point") { inputFields { name defaultValue } }
              list: __type(name: "Point") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              missing: __type(name: "Nope") { name } }
            """;

        Assert.Equal(
            Normalize("""{"data":{"__typename":"Query","q":{"fields":[{"name":"id"},{"name":"search"},{"name":"colors"},{"name":"home"}],"all":[{"name":"id"},{"name":"search"},{"name":"color"},{"name":"colors"},{"name":"home"}]},"color":{"enumValues":[{"name":"RED"},{"name":"BLUE"}]},"point":{"inputFields":[{"name":"x","defaultValue":null},{"name":"y","defaultValue":"0.5"},{"name":"label","defaultValue":null}]},"list":{"inputFields":[{"name":"x","isDeprecated":false,"deprecationReason":null},{"name":"y","isDeprecated":false,"deprecationReason":null},{"name":"label","isDeprecated":false,"deprecationReason":null},{"name":"old","isDeprecated":true,"deprecationReason":"no"}]},"missing":null}}"""),
            Normalize(await Run(query)));
    }

    [Fact]
    public async Task DirectiveArgumentDefaultsArePrintedAsGraphQL()
    {
        Assert.Equal(
            Normalize("""{"data":{"__schema":{"directives":[{"name":"cached","args":[{"name":"ttl","defaultValue":"60"},{"name":"scope","defaultValue":"PUBLIC"}]},{"name":"include","args":[{"name":"if","defaultValue":null}]},{"name":"skip","args":[{"name":"if","defaultValue":null}]},{"name":"deprecated","args":[{"name":"reason","defaultValue":"\"No longer supported\""}]},{"name":"specifiedBy","args":[{"name":"url","defaultValue":null}]},{"name":"oneOf","args":[]}]}}}"""),
            Normalize(await Run("{ __schema { directives { name args { name defaultValue } } } }")));
    }

    [Fact]
    public async Task DeprecatedDirectivesAreListedOnlyWhenAskedFor()
    {
        var schema = SchemaBuilder.Build("""
            type Query { f: String }
            directive @old(a: Int) @deprecated(reason: "Use @new") on FIELD
            directive @new on FIELD
            """);
        const string query =
            "{ __schema { directives { name } all: directives(includeDeprecated: true) { name isDeprecated deprecationReason } } }";

        Assert.Equal(
            Normalize("""{"data":{"__schema":{"directives":[{"name":"new"},{"name":"include"},{"name":"skip"},{"name":"deprecated"},{"name":"specifiedBy"},{"name":"oneOf"}],"all":[{"name":"old","isDeprecated":true,"deprecationReason":"Use @new"},{"name":"new","isDeprecated":false,"deprecationReason":null},{"name":"include","isDeprecated":false,"deprecationReason":null},{"name":"skip","isDeprecated":false,"deprecationReason":null},{"name":"deprecated","isDeprecated":false,"deprecationReason":null},{"name":"specifiedBy","isDeprecated":false,"deprecationReason":null},{"name":"oneOf","isDeprecated":false,"deprecationReason":null}]}}}"""),
            Normalize(await Run(query, schema)));
    }

    private static async Task<string> Run(string query, Schema? schema = null)
    {
        var result = await RequestRunner.RunAsync(schema ?? Schema, query);
        return ExecutionResultJsonWriter.ToJson(result);
    }

    private static string Normalize(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true });

    private const string Sdl = """"
        """The schema"""
        schema { query: Query mutation: Mutation }

        """Caches a field"""
        directive @cached(ttl: Int = 60, "Old" old: String @deprecated(reason: "gone"), scope: Scope = PUBLIC) repeatable on FIELD_DEFINITION | OBJECT

        scalar Url @specifiedBy(url: "https://example.com/url")

        """A node"""
        interface Node { id: ID! }

        type Query implements Node {
          id: ID!
          "Searches"
          search(term: String!, limit: Int = 10 @deprecated, filter: Filter = {byName: "x"}, tags: [String!] = ["a", "b"]): [Result!]!
          color: Color @deprecated(reason: "use colors")
          colors: [[Color!]]!
          home: Url
        }

        union Result = Query | Item

        type Item implements Node { id: ID! name: String }

        enum Color { "Red" RED GREEN @deprecated BLUE }

        enum Scope { PUBLIC PRIVATE }

        input Filter @oneOf { byName: String byColor: Color }

        type Mutation { touch(input: Point = {x: 1.5, y: 2, label: "a\"b"}): Boolean }

        input Point { x: Float! y: Float = 0.5 label: String old: Int @deprecated(reason: "no") }
        """";
}
