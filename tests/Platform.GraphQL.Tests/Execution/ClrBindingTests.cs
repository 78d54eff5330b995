using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Execution.ResolverTests;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>
/// How CLR values meet the schema: properties read by the default resolver, type resolution for abstract types,
/// CLR enum values, code-defined defaults, JSON roots and cancellation. Messages are graphql-js 17.1.0's.
/// </summary>
public class ClrBindingTests
{
    private const string PetsSdl = """
        interface Named { name: String }
        type Dog implements Named { name: String barks: Boolean }
        type Cat implements Named { name: String }
        union Pet = Dog | Cat
        type Query { pets: [Pet] named: Named dog: Dog person: Person }
        type Person { firstName: String age: Int friend: Person tags: [String] }
        """;

    [Fact]
    public async Task The_default_resolver_reads_properties_and_fields_by_camel_or_pascal_case_name()
    {
        var schema = SchemaBuilder.Build(PetsSdl);
        var root = new Root { Person = new Person { FirstName = "Ada", age = 36, Friend = new Person { FirstName = "Bob" }, Tags = ["x", "y"] } };
        Assert.Equal(
            """{"data":{"person":{"firstName":"Ada","age":36,"friend":{"firstName":"Bob","age":0,"friend":null},"tags":["x","y"]}}}""",
            await ExecutionHarness.ExecuteToJsonAsync(schema, "{ person { firstName age friend { firstName age friend { age } } tags } }", root));
    }

    [Fact]
    public async Task Abstract_values_resolve_by_clr_type_name_when_nothing_else_says()
    {
        var schema = SchemaBuilder.Build(PetsSdl);
        var root = Map(("pets", new object[] { new Dog { Name = "Rex", Barks = true }, new Cat { Name = "Tom" } }));
        Assert.Equal(
            """{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom"}]}}""",
            await ExecutionHarness.ExecuteToJsonAsync(schema, "{ pets { __typename ... on Named { name } ... on Dog { barks } } }", root));
    }

    [Fact]
    public async Task IsTypeOf_picks_the_runtime_type_and_rejects_values_of_other_types()
    {
        var schema = SchemaBuilder.Build(PetsSdl);
        ((ObjectType)schema.GetType("Dog")!).IsTypeOf = (value, _) => Kind(value) == "dog";
        ((ObjectType)schema.GetType("Cat")!).IsTypeOf = (value, _) => Kind(value) == "cat";
        var root = Map(
            ("pets", new List<object?> { Map(("kind", "cat"), ("name", "Tom")), Map(("kind", "dog"), ("name", "Rex")) }),
            ("dog", Map(("kind", "cat"), ("name", "Tom"))));
        Assert.Equal(
            """{"errors":[{"message":"Expected value of type \"Dog\" but got: { kind: \"cat\", name: \"Tom\" }.","locations":[{"line":1,"column":45}],"path":["dog"]}],"data":{"pets":[{"__typename":"Cat","name":"Tom"},{"__typename":"Dog","name":"Rex"}],"dog":null}}""",
            await ExecutionHarness.ExecuteToJsonAsync(schema, "{ pets { __typename ... on Named { name } } dog { name } }", root));

        static string? Kind(object? value) => (value as IReadOnlyDictionary<string, object?>)?["kind"] as string;
    }

    [Fact]
    public async Task ResolveType_may_answer_with_a_name_or_a_type_but_nothing_else()
    {
        var schema = SchemaBuilder.Build(PetsSdl);
        var named = (InterfaceType)schema.GetType("Named")!;
        named.ResolveType = (value, _, _) => ((IReadOnlyDictionary<string, object?>)value!)["t"];
        Assert.Equal(
            """{"errors":[{"message":"Abstract type \"Named\" must resolve to an Object type at runtime for field \"Query.named\" with value { t: 5, name: \"x\" }, received \"5\", which is not a valid Object type name.","locations":[{"line":1,"column":3}],"path":["named"]}],"data":{"named":null}}""",
            await ExecutionHarness.ExecuteToJsonAsync(schema, "{ named { name } }", Map(("named", Map(("t", 5), ("name", "x"))))));

        var cat = schema.GetType("Cat");
        Assert.Equal(
            """{"data":{"named":{"__typename":"Cat","name":"x"}}}""",
            await ExecutionHarness.ExecuteToJsonAsync(schema, "{ named { __typename name } }", Map(("named", Map(("t", cat), ("name", "x"))))));
        Assert.Equal(
            """{"data":{"named":{"__typename":"Dog","name":"y"}}}""",
            await ExecutionHarness.ExecuteToJsonAsync(schema, "{ named { __typename name } }", Map(("named", Map(("t", Task.FromResult<object?>("Dog")), ("name", "y"))))));
    }

    [Fact]
    public async Task Enum_values_stand_for_their_internal_values_both_ways()
    {
        var schema = SchemaBuilder.Build("enum Color { RED GREEN } type Query { color(c: Color = GREEN): Color colors: [Color] }");
        var color = (EnumType)schema.GetType("Color")!;
        color.Values["RED"].Value = ConsoleColor.Red;
        color.Values["GREEN"].Value = ConsoleColor.Green;
        var root = Map(("color", new Func<IResolveFieldContext, object?>(context => context.Arguments["c"])), ("colors", new List<object?> { ConsoleColor.Green, ConsoleColor.Red, 2 }));
        Assert.Equal(
            """{"errors":[{"message":"Enum \"Color\" cannot represent value: 2","locations":[{"line":1,"column":29}],"path":["colors",2]}],"data":{"a":"RED","b":"GREEN","colors":["GREEN","RED",null]}}""",
            await ExecutionHarness.ExecuteToJsonAsync(schema, "{ a: color(c: RED) b: color colors }", root));
    }

    [Fact]
    public async Task Clr_enum_members_serialize_as_the_enum_value_of_their_name_when_none_is_bound()
    {
        var schema = SchemaBuilder.Build("enum Status { DRAFT IN_PROGRESS } enum Color { Red } type Query { statuses: [Status] color: Color }");
        var root = Map(("statuses", new object[] { Status.Draft, Status.InProgress, "DRAFT" }), ("color", ConsoleColor.Red));
        Assert.Equal(
            """{"data":{"statuses":["DRAFT","IN_PROGRESS","DRAFT"],"color":"Red"}}""",
            await ExecutionHarness.ExecuteToJsonAsync(schema, "{ statuses color }", root));
    }

    [Fact]
    public async Task Code_defined_defaults_are_used_as_internal_values()
    {
        var query = new ObjectType("Query");
        var field = new FieldDefinition("echo", BuiltInScalars.String) { Resolver = context => ExecutionHarness.ToJson(context.Arguments) };
        field.Arguments["n"] = new InputValueDefinition("n", BuiltInScalars.Int) { DefaultValue = 4, HasDefaultValue = true };
        field.Arguments["list"] = new InputValueDefinition("list", new ListType(BuiltInScalars.String)) { DefaultValue = new List<object?> { "a" }, HasDefaultValue = true };
        query.Fields["echo"] = field;
        var schema = new Schema(new SchemaOptions { Query = query });
        Assert.Equal(
            """{"data":{"echo":"{\"n\":4,\"list\":[\"a\"]}"}}""",
            await ExecutionHarness.ExecuteToJsonAsync(schema, "{ echo }"));
    }

    [Fact]
    public async Task A_json_document_can_be_the_root_value()
    {
        var schema = SchemaBuilder.Build(PetsSdl);
        using var json = JsonDocument.Parse("""{"person":{"firstName":"Ada","age":36.0,"tags":["a",null],"friend":null},"pets":[{"__typename":"Cat","name":"Tom"}]}""");
        Assert.Equal(
            """{"data":{"person":{"firstName":"Ada","age":36,"tags":["a",null],"friend":null},"pets":[{"name":"Tom"}]}}""",
            await ExecutionHarness.ExecuteToJsonAsync(schema, "{ person { firstName age tags friend { age } } pets { ... on Cat { name } } }", json.RootElement));
    }

    [Fact]
    public async Task Cancellation_stops_the_execution()
    {
        var schema = SchemaBuilder.Build(PetsSdl);
        using var source = new CancellationTokenSource();
        var root = Map(("person", Fn(() => CancelThenDelay(source))));
        var request = new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ person { age } }"), RootValue = root, CancellationToken = source.Token };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Executor.ExecuteAsync(request));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Executor.ExecuteAsync(request));
    }

    private static async Task<object?> CancelThenDelay(CancellationTokenSource source)
    {
        await source.CancelAsync();
        await Task.Delay(1);
        return null;
    }

    private enum Status
    {
        Draft,
        InProgress,
    }

    private sealed class Root
    {
        public Person? Person { get; init; }
    }

    private sealed class Person
    {
#pragma warning disable SA1307, IDE1006 // a public field named like the GraphQL field
        public int age;
#pragma warning restore SA1307, IDE1006

        public string? FirstName { get; init; }

        public Person? Friend { get; init; }

        public string[]? Tags { get; init; }
    }

    private sealed class Dog
    {
        public string? Name { get; init; }

        public bool Barks { get; init; }
    }

    private sealed class Cat
    {
        public string? Name { get; init; }
    }
}
