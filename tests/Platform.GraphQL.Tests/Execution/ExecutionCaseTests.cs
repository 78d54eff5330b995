using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>
/// Operations over JSON root values, executed by <see cref="Executor"/> and written by <see cref="ExecutionResultJsonWriter"/>;
/// each expected response is graphql-js 17.1.0's <c>JSON.stringify(execute(...))</c> for the same schema, document and values.
/// </summary>
public class ExecutionCaseTests
{
    public static TheoryData<string> Cases => new(ExecutionCases.All.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Response_matches_graphql_js(string id)
    {
        var testCase = ExecutionCases.All.Single(c => c.Id == id);
        var result = await ExecutionHarness.ExecuteAsync(testCase.Schema, testCase.Query, testCase.RootJson, testCase.VariablesJson, testCase.OperationName);
        Assert.Equal(testCase.Expected, ExecutionResultJsonWriter.ToJson(result));
    }
}

internal sealed record ExecutionCase(string Id, string Schema, string Query, string? RootJson, string? VariablesJson, string? OperationName, string Expected);

internal static class ExecutionCases
{
    private const string VarsSchema = """
enum Color { RED GREEN BLUE }
input Point { x: Int! y: Int = 0 label: String }
input Choice @oneOf { int: Int str: String point: Point }
input Defaults { list: [Int] = [1, 2] color: Color = GREEN nested: Point = { x: 5 } }
type Query {
  echo(int: Int, float: Float, string: String, id: ID, bool: Boolean, color: Color, point: Point, choice: Choice, ints: [Int], matrix: [[Int!]], points: [Point!], defaults: Defaults): String
  required(value: Int!): String
  requiredWithDefault(value: Int! = 3): String
  optionalWithDefault(value: Int = 7): String
}
""";

    private const string NullsSchema = """
type Query {
  nullable: String
  nonNull: String!
  object: Inner
  nonNullObject: Inner!
  list: [String]
  nonNullList: [String]!
  listOfNonNull: [String!]
  nonNullListOfNonNull: [String!]!
  objects: [Inner]
  nonNullObjects: [Inner!]
  nested: [[String!]]
  number: Float
  int: Int
  notAList: [String]
  color: Color
}
enum Color { RED GREEN }
type Inner {
  value: String
  nonNullValue: String!
  inner: Inner
  nonNullInner: Inner!
  items: [Inner!]!
}
""";

    private const string AbstractSchema = """
interface Named { name: String }
type Dog implements Named { name: String barks: Boolean }
type Cat implements Named { name: String meows: Boolean }
type Robot { model: String }
union Pet = Dog | Cat
enum Kind { DOG }
type Query { pets: [Pet] named: [Named] pet: Pet! }
""";

    private const string NullsRoot = """{"nullable":null,"nonNull":null,"object":{"value":"v","nonNullValue":null,"inner":{"value":"deep","nonNullValue":null}},"nonNullObject":{"value":"v","nonNullValue":null},"list":["a",null,"c"],"nonNullList":null,"listOfNonNull":["a",null,"c"],"nonNullListOfNonNull":["a",null],"objects":[{"value":"a","nonNullValue":"x"},{"value":"b","nonNullValue":null},null],"nonNullObjects":[{"value":"a","nonNullValue":"x"},{"value":"b","nonNullValue":null}],"nested":[["a","b"],["c",null],null],"number":1.0,"int":7,"notAList":"text","color":"BLUE"}""";

    public static readonly ExecutionCase[] All =
    [
        new("var-int-ok", VarsSchema, """query ($v: Int) { echo(int: $v) }""", """{}""", """{"v":3}""", null,
            """{"data":{"echo":"{\"int\":3}"}}"""),
        new("var-int-float", VarsSchema, """query ($v: Int) { echo(int: $v) }""", """{}""", """{"v":1.5}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":8}]}]}"""),
        new("var-int-big", VarsSchema, """query ($v: Int) { echo(int: $v) }""", """{}""", """{"v":2147483648}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Int cannot represent non 32-bit signed integer value: 2147483648","locations":[{"line":1,"column":8}]}]}"""),
        new("var-int-string", VarsSchema, """query ($v: Int) { echo(int: $v) }""", """{}""", """{"v":"3"}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Int cannot represent non-integer value: \"3\"","locations":[{"line":1,"column":8}]}]}"""),
        new("var-float-int", VarsSchema, """query ($v: Float) { echo(float: $v) }""", """{}""", """{"v":3}""", null,
            """{"data":{"echo":"{\"float\":3}"}}"""),
        new("var-float-string", VarsSchema, """query ($v: Float) { echo(float: $v) }""", """{}""", """{"v":"x"}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Float cannot represent non numeric value: \"x\"","locations":[{"line":1,"column":8}]}]}"""),
        new("var-string-number", VarsSchema, """query ($v: String) { echo(string: $v) }""", """{}""", """{"v":1}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: String cannot represent a non string value: 1","locations":[{"line":1,"column":8}]}]}"""),
        new("var-id-int", VarsSchema, """query ($v: ID) { echo(id: $v) }""", """{}""", """{"v":42}""", null,
            """{"data":{"echo":"{\"id\":\"42\"}"}}"""),
        new("var-id-float", VarsSchema, """query ($v: ID) { echo(id: $v) }""", """{}""", """{"v":4.2}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: ID cannot represent value: 4.2","locations":[{"line":1,"column":8}]}]}"""),
        new("var-bool-number", VarsSchema, """query ($v: Boolean) { echo(bool: $v) }""", """{}""", """{"v":1}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Boolean cannot represent a non boolean value: 1","locations":[{"line":1,"column":8}]}]}"""),
        new("var-enum-ok", VarsSchema, """query ($v: Color) { echo(color: $v) }""", """{}""", """{"v":"RED"}""", null,
            """{"data":{"echo":"{\"color\":\"RED\"}"}}"""),
        new("var-enum-unknown-suggest", VarsSchema, """query ($v: Color) { echo(color: $v) }""", """{}""", """{"v":"GREN"}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Value \"GREN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?","locations":[{"line":1,"column":8}]}]}"""),
        new("var-enum-number", VarsSchema, """query ($v: Color) { echo(color: $v) }""", """{}""", """{"v":1}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Enum \"Color\" cannot represent non-string value: 1.","locations":[{"line":1,"column":8}]}]}"""),
        new("var-required-missing", VarsSchema, """query ($v: Int!) { required(value: $v) }""", """{}""", """{}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Expected a value of non-null type \"Int!\" to be provided.","locations":[{"line":1,"column":8}]}]}"""),
        new("var-required-null", VarsSchema, """query ($v: Int!) { required(value: $v) }""", """{}""", """{"v":null}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Expected value of non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":8}]}]}"""),
        new("var-default-used", VarsSchema, """query ($v: Int = 9) { echo(int: $v) }""", """{}""", """{}""", null,
            """{"data":{"echo":"{\"int\":9}"}}"""),
        new("var-default-explicit-null", VarsSchema, """query ($v: Int = 9) { echo(int: $v) }""", """{}""", """{"v":null}""", null,
            """{"data":{"echo":"{\"int\":null}"}}"""),
        new("var-nullable-missing", VarsSchema, """query ($v: Int) { echo(int: $v) }""", """{}""", """{}""", null,
            """{"data":{"echo":"{}"}}"""),
        new("var-arg-default-when-var-missing", VarsSchema, """query ($v: Int) { optionalWithDefault(value: $v) }""", """{}""", """{}""", null,
            """{"data":{"optionalWithDefault":"{\"value\":7}"}}"""),
        new("var-arg-null-overrides-default", VarsSchema, """query ($v: Int) { optionalWithDefault(value: $v) }""", """{}""", """{"v":null}""", null,
            """{"data":{"optionalWithDefault":"{\"value\":null}"}}"""),
        new("var-nonnull-default-arg-null", VarsSchema, """query ($v: Int = 1) { requiredWithDefault(value: $v) }""", """{}""", """{"v":null}""", null,
            """{"errors":[{"message":"Argument \"Query.requiredWithDefault(value:)\" has invalid value: Expected variable \"$v\" provided to non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":50}],"path":["requiredWithDefault"]}],"data":{"requiredWithDefault":null}}"""),
        new("var-list-single", VarsSchema, """query ($v: [Int]) { echo(ints: $v) }""", """{}""", """{"v":5}""", null,
            """{"data":{"echo":"{\"ints\":[5]}"}}"""),
        new("var-list-item-error", VarsSchema, """query ($v: [Int]) { echo(ints: $v) }""", """{}""", """{"v":[1,"x",3.5]}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value at [1]: Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":8}]},{"message":"Variable \"$v\" has invalid value at [2]: Int cannot represent non-integer value: 3.5","locations":[{"line":1,"column":8}]}]}"""),
        new("var-matrix-null-item", VarsSchema, """query ($v: [[Int!]]) { echo(matrix: $v) }""", """{}""", """{"v":[[1],[null]]}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value at [1][0]: Expected value of non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":8}]}]}"""),
        new("var-object-ok", VarsSchema, """query ($v: Point) { echo(point: $v) }""", """{}""", """{"v":{"x":1}}""", null,
            """{"data":{"echo":"{\"point\":{\"x\":1,\"y\":0}}"}}"""),
        new("var-object-missing-required", VarsSchema, """query ($v: Point) { echo(point: $v) }""", """{}""", """{"v":{"y":1}}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Expected value of type \"Point\" to include required field \"x\", found: { y: 1 }.","locations":[{"line":1,"column":8}]}]}"""),
        new("var-object-unknown-suggest", VarsSchema, """query ($v: Point) { echo(point: $v) }""", """{}""", """{"v":{"x":1,"lable":"a"}}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Expected value of type \"Point\" not to include unknown field \"lable\". Did you mean \"label\"? Found: { x: 1, lable: \"a\" }.","locations":[{"line":1,"column":8}]}]}"""),
        new("var-object-unknown-nosuggest", VarsSchema, """query ($v: Point) { echo(point: $v) }""", """{}""", """{"v":{"x":1,"zzzzzz":"a"}}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Expected value of type \"Point\" not to include unknown field \"zzzzzz\", found: { x: 1, zzzzzz: \"a\" }.","locations":[{"line":1,"column":8}]}]}"""),
        new("var-object-not-object", VarsSchema, """query ($v: Point) { echo(point: $v) }""", """{}""", """{"v":"point"}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Expected value of type \"Point\" to be an object, found: \"point\".","locations":[{"line":1,"column":8}]}]}"""),
        new("var-object-list", VarsSchema, """query ($v: [Point!]) { echo(points: $v) }""", """{}""", """{"v":[{"x":1},{"x":"a"},null]}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value at [1].x: Int cannot represent non-integer value: \"a\"","locations":[{"line":1,"column":8}]},{"message":"Variable \"$v\" has invalid value at [2]: Expected value of non-null type \"Point!\" not to be null.","locations":[{"line":1,"column":8}]}]}"""),
        new("var-oneof-ok", VarsSchema, """query ($v: Choice) { echo(choice: $v) }""", """{}""", """{"v":{"str":"s"}}""", null,
            """{"data":{"echo":"{\"choice\":{\"str\":\"s\"}}"}}"""),
        new("var-oneof-two", VarsSchema, """query ($v: Choice) { echo(choice: $v) }""", """{}""", """{"v":{"str":"s","int":1}}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Within OneOf Input Object type \"Choice\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":8}]}]}"""),
        new("var-oneof-null", VarsSchema, """query ($v: Choice) { echo(choice: $v) }""", """{}""", """{"v":{"str":null}}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value at .str: Within OneOf Input Object type \"Choice\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":8}]}]}"""),
        new("var-oneof-empty", VarsSchema, """query ($v: Choice) { echo(choice: $v) }""", """{}""", """{"v":{}}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid value: Within OneOf Input Object type \"Choice\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":8}]}]}"""),
        new("var-not-input-type", VarsSchema, """query ($v: Query) { echo(int: 1) }""", """{}""", """{}""", null,
            """{"errors":[{"message":"Variable \"$v\" expected value of type \"Query\" which cannot be used as an input type.","locations":[{"line":1,"column":12}]}]}"""),
        new("var-unknown-type", VarsSchema, """query ($v: Nope) { echo(int: 1) }""", """{}""", """{}""", null,
            """{"errors":[{"message":"Variable \"$v\" expected value of type \"Nope\" which cannot be used as an input type.","locations":[{"line":1,"column":12}]}]}"""),
        new("var-multiple-errors", VarsSchema, """query ($a: Int!, $b: String, $c: Color) { echo(int: $a) }""", """{}""", """{"b":1,"c":"X"}""", null,
            """{"errors":[{"message":"Variable \"$a\" has invalid value: Expected a value of non-null type \"Int!\" to be provided.","locations":[{"line":1,"column":8}]},{"message":"Variable \"$b\" has invalid value: String cannot represent a non string value: 1","locations":[{"line":1,"column":18}]},{"message":"Variable \"$c\" has invalid value: Value \"X\" does not exist in \"Color\" enum.","locations":[{"line":1,"column":30}]}]}"""),
        new("var-defaults-input", VarsSchema, """query ($v: Defaults) { echo(defaults: $v) }""", """{}""", """{"v":{}}""", null,
            """{"data":{"echo":"{\"defaults\":{\"list\":[1,2],\"color\":\"GREEN\",\"nested\":{\"x\":5,\"y\":0}}}"}}"""),
        new("var-invalid-default", VarsSchema, """query ($v: Int = "x") { echo(int: $v) }""", """{}""", """{}""", null,
            """{"errors":[{"message":"Variable \"$v\" has invalid default value: Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":8}]}]}"""),
        new("arg-literals", VarsSchema, """{ echo(int: 1, float: 2, string: "s", id: 4, bool: true, color: BLUE, point: {x: 1, label: "l"}, ints: 5, matrix: [[1, 2]], choice: {int: 1}) }""", """{}""", null, null,
            """{"data":{"echo":"{\"int\":1,\"float\":2,\"string\":\"s\",\"id\":\"4\",\"bool\":true,\"color\":\"BLUE\",\"point\":{\"x\":1,\"y\":0,\"label\":\"l\"},\"choice\":{\"int\":1},\"ints\":[5],\"matrix\":[[1,2]]}"}}"""),
        new("arg-variables-in-literals", VarsSchema, """query ($x: Int, $l: String) { echo(point: {x: 2, y: $x, label: $l}, ints: [1, $x]) }""", """{}""", """{"l":"L"}""", null,
            """{"data":{"echo":"{\"point\":{\"x\":2,\"y\":0,\"label\":\"L\"},\"ints\":[1,null]}"}}"""),
        new("arg-required-missing-var", VarsSchema, """query ($v: Int = 1) { required(value: $v) }""", """{}""", """{"v":null}""", null,
            """{"errors":[{"message":"Argument \"Query.required(value:)\" has invalid value: Expected variable \"$v\" provided to non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":39}],"path":["required"]}],"data":{"required":null}}"""),
        new("arg-default-applied", VarsSchema, """{ requiredWithDefault optionalWithDefault }""", """{}""", null, null,
            """{"data":{"requiredWithDefault":"{\"value\":3}","optionalWithDefault":"{\"value\":7}"}}"""),
        new("op-multiple-no-name", VarsSchema, """query A { echo } query B { echo }""", """{}""", null, null,
            """{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}"""),
        new("op-unknown-name", VarsSchema, """query A { echo }""", """{}""", null, """B""",
            """{"errors":[{"message":"Unknown operation named \"B\"."}]}"""),
        new("op-none", VarsSchema, """fragment F on Query { echo }""", """{}""", null, null,
            """{"errors":[{"message":"Must provide an operation."}]}"""),
        new("op-selects-named", VarsSchema, """query A { a: echo(int: 1) } query B { b: echo(int: 2) }""", """{}""", null, """B""",
            """{"data":{"b":"{\"int\":2}"}}"""),
        new("mutation-not-configured", VarsSchema, """mutation { echo }""", """{}""", null, null,
            """{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}]}],"data":null}"""),
        new("skip-include", VarsSchema, """query ($yes: Boolean!, $no: Boolean!) { a: echo(int: 1) @skip(if: $yes) b: echo(int: 2) @include(if: $no) c: echo(int: 3) @include(if: $yes) @skip(if: $no) ... @skip(if: true) { d: echo(int: 4) } ... on Query @include(if: true) { e: echo(int: 5) } }""", """{}""", """{"yes":true,"no":false}""", null,
            """{"data":{"c":"{\"int\":3}","e":"{\"int\":5}"}}"""),
        new("fragments-merge", VarsSchema, """{ ...F a: echo(int: 1) ...F ... on Query { a: echo(int: 1) } } fragment F on Query { b: echo(int: 2) }""", """{}""", null, null,
            """{"data":{"b":"{\"int\":2}","a":"{\"int\":1}"}}"""),
        new("nulls { nullable }", NullsSchema, """{ nullable }""", NullsRoot, null, null,
            """{"data":{"nullable":null}}"""),
        new("nulls { nonNull }", NullsSchema, """{ nonNull }""", NullsRoot, null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.nonNull.","locations":[{"line":1,"column":3}],"path":["nonNull"]}],"data":null}"""),
        new("nulls { nullable nonNull }", NullsSchema, """{ nullable nonNull }""", NullsRoot, null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.nonNull.","locations":[{"line":1,"column":12}],"path":["nonNull"]}],"data":null}"""),
        new("nulls { object { value nonNullValue } }", NullsSchema, """{ object { value nonNullValue } }""", NullsRoot, null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Inner.nonNullValue.","locations":[{"line":1,"column":18}],"path":["object","nonNullValue"]}],"data":{"object":null}}"""),
        new("nulls { object { inner { value nonNullValue } } }", NullsSchema, """{ object { inner { value nonNullValue } } }""", NullsRoot, null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Inner.nonNullValue.","locations":[{"line":1,"column":26}],"path":["object","inner","nonNullValue"]}],"data":{"object":{"inner":null}}}"""),
        new("nulls { nonNullObject { nonNullValue } nullable }", NullsSchema, """{ nonNullObject { nonNullValue } nullable }""", NullsRoot, null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Inner.nonNullValue.","locations":[{"line":1,"column":19}],"path":["nonNullObject","nonNullValue"]}],"data":null}"""),
        new("nulls { list }", NullsSchema, """{ list }""", NullsRoot, null, null,
            """{"data":{"list":["a",null,"c"]}}"""),
        new("nulls { nonNullList }", NullsSchema, """{ nonNullList }""", NullsRoot, null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.nonNullList.","locations":[{"line":1,"column":3}],"path":["nonNullList"]}],"data":null}"""),
        new("nulls { listOfNonNull }", NullsSchema, """{ listOfNonNull }""", NullsRoot, null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.listOfNonNull.","locations":[{"line":1,"column":3}],"path":["listOfNonNull",1]}],"data":{"listOfNonNull":null}}"""),
        new("nulls { nonNullListOfNonNull }", NullsSchema, """{ nonNullListOfNonNull }""", NullsRoot, null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.nonNullListOfNonNull.","locations":[{"line":1,"column":3}],"path":["nonNullListOfNonNull",1]}],"data":null}"""),
        new("nulls { objects { value nonNullValue } }", NullsSchema, """{ objects { value nonNullValue } }""", NullsRoot, null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Inner.nonNullValue.","locations":[{"line":1,"column":19}],"path":["objects",1,"nonNullValue"]}],"data":{"objects":[{"value":"a","nonNullValue":"x"},null,null]}}"""),
        new("nulls { nonNullObjects { value nonNullValue } }", NullsSchema, """{ nonNullObjects { value nonNullValue } }""", NullsRoot, null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Inner.nonNullValue.","locations":[{"line":1,"column":26}],"path":["nonNullObjects",1,"nonNullValue"]}],"data":{"nonNullObjects":null}}"""),
        new("nulls { nested }", NullsSchema, """{ nested }""", NullsRoot, null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.nested.","locations":[{"line":1,"column":3}],"path":["nested",1,1]}],"data":{"nested":[["a","b"],null,null]}}"""),
        new("nulls { number int color }", NullsSchema, """{ number int color }""", NullsRoot, null, null,
            """{"errors":[{"message":"Enum \"Color\" cannot represent value: \"BLUE\"","locations":[{"line":1,"column":14}],"path":["color"]}],"data":{"number":1,"int":7,"color":null}}"""),
        new("nulls { notAList }", NullsSchema, """{ notAList }""", NullsRoot, null, null,
            """{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.notAList\".","locations":[{"line":1,"column":3}],"path":["notAList"]}],"data":{"notAList":null}}"""),
        new("nulls { a: nullable b: object { c: value d: inner { e: value } } }", NullsSchema, """{ a: nullable b: object { c: value d: inner { e: value } } }""", NullsRoot, null, null,
            """{"data":{"a":null,"b":{"c":"v","d":{"e":"deep"}}}}"""),
        new("nulls { object { inner { nonNullInner { value } } } }", NullsSchema, """{ object { inner { nonNullInner { value } } } }""", NullsRoot, null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Inner.nonNullInner.","locations":[{"line":1,"column":20}],"path":["object","inner","nonNullInner"]}],"data":{"object":{"inner":null}}}"""),
        new("nulls { __typename object { __typename } }", NullsSchema, """{ __typename object { __typename } }""", NullsRoot, null, null,
            """{"data":{"__typename":"Query","object":{"__typename":"Inner"}}}"""),
        new("nulls query Q @experimental_disableErrorPropagation { nonNull nonNullObject { nonNullValue } }", NullsSchema, """query Q @experimental_disableErrorPropagation { nonNull nonNullObject { nonNullValue } }""", NullsRoot, null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.nonNull.","locations":[{"line":1,"column":49}],"path":["nonNull"]},{"message":"Cannot return null for non-nullable field Inner.nonNullValue.","locations":[{"line":1,"column":73}],"path":["nonNullObject","nonNullValue"]}],"data":{"nonNull":null,"nonNullObject":{"nonNullValue":null}}}"""),
        new("abstract-union", AbstractSchema, """{ pets { __typename ... on Dog { name barks } ... on Cat { name meows } } }""", """{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","meows":false},null],"named":[{"__typename":"Cat","name":"Tom"}],"pet":{"__typename":"Dog","name":"Rex"}}""", null, null,
            """{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","meows":false},null]}}"""),
        new("abstract-interface", AbstractSchema, """{ named { __typename name ... on Cat { meows } } pet { ... on Named { name } } }""", """{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","meows":false},null],"named":[{"__typename":"Cat","name":"Tom"}],"pet":{"__typename":"Dog","name":"Rex"}}""", null, null,
            """{"data":{"named":[{"__typename":"Cat","name":"Tom","meows":null}],"pet":{"name":"Rex"}}}"""),
        new("abstract-no-typename", AbstractSchema, """{ pets { __typename } }""", """{"pets":[{"name":"x"}]}""", null, null,
            """{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["pets",0]}],"data":{"pets":[null]}}"""),
        new("abstract-unknown-type", AbstractSchema, """{ pets { __typename } }""", """{"pets":[{"__typename":"Horse"}]}""", null, null,
            """{"errors":[{"message":"Abstract type \"Pet\" was resolved to a type \"Horse\" that does not exist inside the schema.","locations":[{"line":1,"column":3}],"path":["pets",0]}],"data":{"pets":[null]}}"""),
        new("abstract-non-object", AbstractSchema, """{ pets { __typename } }""", """{"pets":[{"__typename":"Kind"}]}""", null, null,
            """{"errors":[{"message":"Abstract type \"Pet\" was resolved to a non-object type \"Kind\".","locations":[{"line":1,"column":3}],"path":["pets",0]}],"data":{"pets":[null]}}"""),
        new("abstract-not-possible", AbstractSchema, """{ pets { __typename } }""", """{"pets":[{"__typename":"Robot"}]}""", null, null,
            """{"errors":[{"message":"Runtime Object type \"Robot\" is not a possible type for \"Pet\".","locations":[{"line":1,"column":3}],"path":["pets",0]}],"data":{"pets":[null]}}"""),
        new("abstract-nonnull-fails", AbstractSchema, """{ pet { __typename } named { name } }""", """{"pet":{"name":"x"},"named":[]}""", null, null,
            """{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pet\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["pet"]}],"data":null}"""),
    ];
}
