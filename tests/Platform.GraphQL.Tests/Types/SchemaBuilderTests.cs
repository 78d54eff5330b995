using System.Text.Json;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

/// <summary>SchemaBuilder against graphql-js 17.1.0 buildSchema: type order, roots, directives, extensions, deprecations.</summary>
public sealed class SchemaBuilderTests
{
    private static readonly Dictionary<string, string> Sdl = new()
    {
        ["ordering"] = """
type Query { b: B, a: [A!]! } type A { x: Int } type B implements I { y: String, f(arg: E = X): ID } interface I { y: String } enum E { X Y } input In { z: Float } union U = A | B scalar S
""",
        ["extensions"] = """
extend type Query { c: Int } type Query { a: String } extend type Query @dir { b: Boolean } directive @dir repeatable on OBJECT | INTERFACE
   interface I { x: Int } extend interface I { y: Int } type T implements I { x: Int y: Int } extend type T implements J { z: Int } interface J { z: Int }
   union U = T extend union U = Q type Q { q: Int } enum E { A } extend enum E { B @deprecated } input In { a: Int } extend input In { b: Int = 2 }
   scalar S extend scalar S @specifiedBy(url: "https://x")
""",
        ["schemaDef"] = """
"desc" schema { query: Root mutation: M } type Root { a: Int } type M { b: Int } type Query { c: Int }
""",
        ["extendSchema"] = """
type Query { a: Int } type Sub { s: Int } extend schema { subscription: Sub }
""",
        ["deprecations"] = """
type Query { a: Int @deprecated b(x: Int @deprecated(reason: "no")): Int @deprecated(reason: "gone") } input I @oneOf { a: Int b: String } enum E { A @deprecated(reason: "") B } directive @old @deprecated on FIELD directive @skip(if: Boolean!) on FIELD
""",
    };

    // Produced by graphql-js 17.1.0 (buildSchema + the same description as Describe below).
    private const string Expected = """
{
 "ordering": {
  "types": [
   "Query",
   "A",
   "Int",
   "B",
   "String",
   "ID",
   "I",
   "E",
   "In",
   "Float",
   "U",
   "S",
   "Boolean",
   "__Schema",
   "__Type",
   "__TypeKind",
   "__Field",
   "__InputValue",
   "__EnumValue",
   "__Directive",
   "__DirectiveLocation"
  ],
  "query": "Query",
  "mutation": null,
  "subscription": null,
  "description": null,
  "directives": [
   "include",
   "skip",
   "deprecated",
   "specifiedBy",
   "oneOf"
  ],
  "details": [
   "Query impl[] fields[b:B,a:[A!]!] ext=0",
   "A impl[] fields[x:Int] ext=0",
   "B impl[I] fields[y:String,f:ID(arg:E)] ext=0",
   "I impl[] fields[y:String] ext=0",
   "E values[X,Y] ext=0",
   "In oneOf=false fields[z:Float] ext=0",
   "U members[A,B] ext=0",
   "S url= ext=0"
  ]
 },
 "extensions": {
  "types": [
   "Query",
   "String",
   "Int",
   "Boolean",
   "I",
   "T",
   "J",
   "U",
   "Q",
   "E",
   "In",
   "S",
   "__Schema",
   "__Type",
   "__TypeKind",
   "__Field",
   "__InputValue",
   "__EnumValue",
   "__Directive",
   "__DirectiveLocation"
  ],
  "query": "Query",
  "mutation": null,
  "subscription": null,
  "description": null,
  "directives": [
   "dir!r",
   "include",
   "skip",
   "deprecated",
   "specifiedBy",
   "oneOf"
  ],
  "details": [
   "Query impl[] fields[a:String,c:Int,b:Boolean] ext=2",
   "I impl[] fields[x:Int,y:Int] ext=1",
   "T impl[I,J] fields[x:Int,y:Int,z:Int] ext=1",
   "J impl[] fields[z:Int] ext=0",
   "U members[T,Q] ext=1",
   "Q impl[] fields[q:Int] ext=0",
   "E values[A,B@d(No longer supported)] ext=1",
   "In oneOf=false fields[a:Int,b:Int] ext=1",
   "S url=https://x ext=1"
  ]
 },
 "schemaDef": {
  "types": [
   "Root",
   "Int",
   "M",
   "Query",
   "Boolean",
   "String",
   "__Schema",
   "__Type",
   "__TypeKind",
   "__Field",
   "__InputValue",
   "__EnumValue",
   "__Directive",
   "__DirectiveLocation"
  ],
  "query": "Root",
  "mutation": "M",
  "subscription": null,
  "description": "desc",
  "directives": [
   "include",
   "skip",
   "deprecated",
   "specifiedBy",
   "oneOf"
  ],
  "details": [
   "Root impl[] fields[a:Int] ext=0",
   "M impl[] fields[b:Int] ext=0",
   "Query impl[] fields[c:Int] ext=0"
  ]
 },
 "extendSchema": {
  "types": [
   "Query",
   "Int",
   "Sub",
   "Boolean",
   "String",
   "__Schema",
   "__Type",
   "__TypeKind",
   "__Field",
   "__InputValue",
   "__EnumValue",
   "__Directive",
   "__DirectiveLocation"
  ],
  "query": "Query",
  "mutation": null,
  "subscription": "Sub",
  "description": null,
  "directives": [
   "include",
   "skip",
   "deprecated",
   "specifiedBy",
   "oneOf"
  ],
  "details": [
   "Query impl[] fields[a:Int] ext=0",
   "Sub impl[] fields[s:Int] ext=0"
  ]
 },
 "deprecations": {
  "types": [
   "Query",
   "Int",
   "I",
   "String",
   "E",
   "Boolean",
   "__Schema",
   "__Type",
   "__TypeKind",
   "__Field",
   "__InputValue",
   "__EnumValue",
   "__Directive",
   "__DirectiveLocation"
  ],
  "query": "Query",
  "mutation": null,
  "subscription": null,
  "description": null,
  "directives": [
   "old!d:No longer supported",
   "skip",
   "include",
   "deprecated",
   "specifiedBy",
   "oneOf"
  ],
  "details": [
   "Query impl[] fields[a:Int@d(No longer supported),b:Int@d(gone)(x:Int@d(no))] ext=0",
   "I oneOf=true fields[a:Int,b:String] ext=0",
   "E values[A@d(),B] ext=0"
  ]
 }
}
""";

    public static TheoryData<string> Cases() => [.. Sdl.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Builds_the_schema_graphql_js_builds(string name)
    {
        var expected = JsonDocument.Parse(Expected).RootElement.GetProperty(name);
        var schema = SchemaBuilder.Build(Sdl[name]);

        Assert.Equal(Strings(expected.GetProperty("types")), schema.TypeMap.Keys.ToArray());
        Assert.Equal(expected.GetProperty("query").GetString(), schema.QueryType?.Name);
        Assert.Equal(expected.GetProperty("mutation").GetString(), schema.MutationType?.Name);
        Assert.Equal(expected.GetProperty("subscription").GetString(), schema.SubscriptionType?.Name);
        Assert.Equal(expected.GetProperty("description").GetString(), schema.Description);
        Assert.Equal(Strings(expected.GetProperty("directives")), schema.Directives.Select(DescribeDirective).ToArray());
        Assert.Equal(Strings(expected.GetProperty("details")), SchemaDescription.Describe(schema));
    }

    [Fact]
    public void Unknown_type_in_trusted_sdl_is_a_schema_error()
    {
        var error = Assert.Throws<SchemaException>(
            () => SchemaBuilder.Build("type Query { a: Missing }", new SchemaBuilderOptions { AssumeValidSdl = true }));
        Assert.Equal("Unknown type: \"Missing\".", error.Message);
    }

    [Fact]
    public void Syntax_error_is_a_schema_error_with_its_location()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.Build("type Query {"));
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.Message);
        Assert.Equal(1, error.Errors[0].Locations[0].Line);
        Assert.Equal(13, error.Errors[0].Locations[0].Column);
    }

    [Fact]
    public void References_the_model_cannot_hold_are_reported_by_schema_validation_like_graphql_js()
    {
        var schema = SchemaBuilder.Build(
            "schema { query: Q mutation: S } scalar S type Q implements Q & S { a: Int } interface I { a: Int } union U = Q | I",
            new SchemaBuilderOptions { AssumeValidSdl = true });

        var errors = SchemaValidator.Validate(schema);

        // graphql-js 17.1.0 validateSchema on buildSchema of the same SDL.
        Assert.Equal(
            [
                "Mutation root type must be Object type if provided, it cannot be S. (1:29)",
                "Type Q must only implement Interface types, it cannot implement Q. (1:60)",
                "Type Q must only implement Interface types, it cannot implement S. (1:64)",
                "Union type U can only include Object types, it cannot include I. (1:114)",
            ],
            errors.Select(e => $"{e.Message} ({e.Locations[0].Line}:{e.Locations[0].Column})"));
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static string DescribeDirective(DirectiveDefinition directive) =>
        directive.Name + (directive.IsRepeatable ? "!r" : "") + (directive.DeprecationReason is { } reason ? "!d:" + reason : "");
}
