using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

/// <summary>
/// The introspection types and their resolvers, called directly. Expected values come from graphql-js 17.1.0
/// (the shapes from its <c>introspectionTypes</c>, the results from <c>graphql()</c> over the same schema).
/// </summary>
public class IntrospectionTests
{
    private readonly Schema _schema;
    private readonly ObjectType _query;
    private readonly DirectiveDefinition _cached;

    public IntrospectionTests()
    {
        var url = new ScalarType("Url") { SpecifiedByUrl = "https://example.com/url" };
        var node = new InterfaceType("Node");
        AddField(node, "id", new NonNullType(BuiltInScalars.ID));
        var color = new EnumType("Color") { Description = "Colors" };
        color.Values.Add("RED", new EnumValueDefinition("RED"));
        color.Values.Add("GREEN", new EnumValueDefinition("GREEN") { DeprecationReason = "No longer supported" });
        color.Values.Add("BLUE", new EnumValueDefinition("BLUE"));
        var filter = new InputObjectType("Filter") { IsOneOf = true };
        filter.Fields.Add("byName", new InputValueDefinition("byName", BuiltInScalars.String));
        filter.Fields.Add("byColor", new InputValueDefinition("byColor", color));
        var item = new ObjectType("Item");
        item.Interfaces.Add(node);
        AddField(item, "id", new NonNullType(BuiltInScalars.ID));
        AddField(item, "name", BuiltInScalars.String);
        _query = new ObjectType("Query");
        var result = new UnionType("Result");
        result.Types.Add(_query);
        result.Types.Add(item);
        _query.Interfaces.Add(node);
        AddField(_query, "id", new NonNullType(BuiltInScalars.ID));
        var search = AddField(_query, "search", new NonNullType(new ListType(new NonNullType(result))));
        search.Arguments.Add("term", new InputValueDefinition("term", new NonNullType(BuiltInScalars.String)));
        search.Arguments.Add("limit", new InputValueDefinition("limit", BuiltInScalars.Int)
        {
            DefaultValue = 10,
            HasDefaultValue = true,
            DeprecationReason = "No longer supported",
        });
        search.Arguments.Add("filter", new InputValueDefinition("filter", filter));
        AddField(_query, "color", color).DeprecationReason = "use colors";
        AddField(_query, "colors", new ListType(new NonNullType(color)));
        AddField(_query, "home", url);
        var point = new InputObjectType("Point");
        point.Fields.Add("x", new InputValueDefinition("x", new NonNullType(BuiltInScalars.Float)));
        point.Fields.Add("y", new InputValueDefinition("y", BuiltInScalars.Float) { DefaultValue = 0.5, HasDefaultValue = true });
        var mutation = new ObjectType("Mutation");
        AddField(mutation, "touch", BuiltInScalars.Boolean).Arguments.Add(
            "input",
            new InputValueDefinition("input", point)
            {
                DefaultValue = new Dictionary<string, object?> { ["x"] = 1.0, ["y"] = 2.0 },
                HasDefaultValue = true,
            });
        _cached = new DirectiveDefinition("cached", [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT]) { IsRepeatable = true };
        _cached.Arguments.Add("ttl", new InputValueDefinition("ttl", BuiltInScalars.Int) { DefaultValue = 60, HasDefaultValue = true });
        _cached.Arguments.Add("old", new InputValueDefinition("old", BuiltInScalars.String) { DeprecationReason = "gone" });
        _schema = new Schema(new SchemaOptions
        {
            Description = "The schema",
            Query = _query,
            Mutation = mutation,
            Directives = [_cached, .. SpecifiedDirectives.All],
        });
    }

    [Fact]
    public void IntrospectionTypesHaveGraphQLJsShapesAndDescriptions()
    {
        var lines = new List<string>();
        foreach (var type in IntrospectionTypes.All)
        {
            lines.Add($"{type.Name}|{Json(type.Description)}");
            if (type is EnumType enumType)
            {
                lines.AddRange(enumType.Values.Values.Select(v => $"  {v.Name}|{Json(v.Description)}"));
                continue;
            }

            lines.AddRange(((ObjectType)type).Fields.Values.Select(f => "  " + Shape(f)));
        }

        lines.Add(Shape(IntrospectionTypes.SchemaMetaField));
        lines.Add(Shape(IntrospectionTypes.TypeMetaField));
        lines.Add(Shape(IntrospectionTypes.TypeNameMetaField));

        Assert.Equal(ExpectedShapes.Split('\n'), lines);
    }

    [Fact]
    public void EverySchemaHoldsTheIntrospectionTypesInGraphQLJsOrder()
    {
        string[] expected =
        [
            "Query", "Node", "ID", "Result", "Item", "String", "Int", "Filter", "Color", "Url", "Mutation", "Boolean",
            "Point", "Float", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive",
            "__DirectiveLocation",
        ];

        Assert.Equal(expected, _schema.TypeMap.Keys);
        Assert.Equal(["__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"], IntrospectionTypes.All.Select(t => t.Name));
    }

    [Fact]
    public void SchemaFieldsResolveFromTheSchema()
    {
        var schema = IntrospectionTypes.Schema.Fields;

        Assert.Equal("The schema", Resolve(schema["description"], _schema));
        Assert.Same(_schema.TypeMap.Values, Resolve(schema["types"], _schema));
        Assert.Same(_query, Resolve(schema["queryType"], _schema));
        Assert.Same(_schema.MutationType, Resolve(schema["mutationType"], _schema));
        Assert.Null(Resolve(schema["subscriptionType"], _schema));
        Assert.Same(_schema, Resolve(IntrospectionTypes.SchemaMetaField, null));
    }

    [Fact]
    public void DirectivesLeaveOutDeprecatedOnesUnlessAskedFor()
    {
        var old = new DirectiveDefinition("old", [DirectiveLocation.FIELD]) { DeprecationReason = "Use @cached" };
        var schema = new Schema(new SchemaOptions { Query = _query, Directives = [_cached, old] });
        var directives = IntrospectionTypes.Schema.Fields["directives"];

        Assert.Equal(["cached"], Names(Resolve(directives, schema, IncludeDeprecated(false))));
        Assert.Equal(["cached", "old"], Names(Resolve(directives, schema, IncludeDeprecated(true))));
        Assert.Equal(true, Resolve(IntrospectionTypes.Directive.Fields["isDeprecated"], old));
        Assert.Equal("Use @cached", Resolve(IntrospectionTypes.Directive.Fields["deprecationReason"], old));
    }

    [Fact]
    public void DirectiveFieldsDescribeTheDirective()
    {
        var directive = IntrospectionTypes.Directive.Fields;

        Assert.Equal("cached", Resolve(directive["name"], _cached));
        Assert.Null(Resolve(directive["description"], _cached));
        Assert.Equal(true, Resolve(directive["isRepeatable"], _cached));
        Assert.Equal(false, Resolve(directive["isDeprecated"], _cached));
        Assert.Equal(
            ["FIELD_DEFINITION", "OBJECT"],
            ((IEnumerable<DirectiveLocation>)Resolve(directive["locations"], _cached)!).Select(l => SerializeEnum(IntrospectionTypes.DirectiveLocation, l)));
        Assert.Equal(["ttl"], Names(Resolve(directive["args"], _cached)));
        Assert.Equal(["ttl", "old"], Names(Resolve(directive["args"], _cached, IncludeDeprecated(true))));
    }

    [Fact]
    public void TypeKindsFollowTheModel()
    {
        var kind = IntrospectionTypes.Type.Fields["kind"];

        Assert.Equal("OBJECT", Resolve(kind, _query));
        Assert.Equal("INTERFACE", Resolve(kind, _schema.GetType("Node")));
        Assert.Equal("UNION", Resolve(kind, _schema.GetType("Result")));
        Assert.Equal("ENUM", Resolve(kind, _schema.GetType("Color")));
        Assert.Equal("INPUT_OBJECT", Resolve(kind, _schema.GetType("Point")));
        Assert.Equal("SCALAR", Resolve(kind, BuiltInScalars.String));
        Assert.Equal("LIST", Resolve(kind, new ListType(BuiltInScalars.String)));
        Assert.Equal("NON_NULL", Resolve(kind, new NonNullType(BuiltInScalars.String)));
        Assert.All(IntrospectionTypes.TypeKind.Values.Values, v => Assert.Equal(v.Name, v.Value));
    }

    [Fact]
    public void ObjectTypeFieldsLeaveOutDeprecatedOnesUnlessAskedFor()
    {
        var type = IntrospectionTypes.Type.Fields;

        Assert.Equal("Query", Resolve(type["name"], _query));
        Assert.Equal(["id", "search", "colors", "home"], Names(Resolve(type["fields"], _query)));
        Assert.Equal(["id", "search", "color", "colors", "home"], Names(Resolve(type["fields"], _query, IncludeDeprecated(true))));
        Assert.Equal(["Node"], Names(Resolve(type["interfaces"], _query)));
        Assert.Null(Resolve(type["possibleTypes"], _query));
        Assert.Null(Resolve(type["enumValues"], _query));
        Assert.Null(Resolve(type["inputFields"], _query));
        Assert.Null(Resolve(type["ofType"], _query));
        Assert.Null(Resolve(type["isOneOf"], _query));
        Assert.Null(Resolve(type["specifiedByURL"], _query));
    }

    [Fact]
    public void FieldAndArgumentFieldsDescribeThem()
    {
        var search = _query.Fields["search"];
        var color = _query.Fields["color"];
        var field = IntrospectionTypes.Field.Fields;
        var inputValue = IntrospectionTypes.InputValue.Fields;

        Assert.Equal("search", Resolve(field["name"], search));
        Assert.Equal(false, Resolve(field["isDeprecated"], search));
        Assert.Null(Resolve(field["deprecationReason"], search));
        Assert.Equal(true, Resolve(field["isDeprecated"], color));
        Assert.Equal("use colors", Resolve(field["deprecationReason"], color));
        Assert.Same(search.Type, Resolve(field["type"], search));
        Assert.Equal(["term", "filter"], Names(Resolve(field["args"], search)));
        Assert.Equal(["term", "limit", "filter"], Names(Resolve(field["args"], search, IncludeDeprecated(true))));

        var term = search.Arguments["term"];
        Assert.Equal("term", Resolve(inputValue["name"], term));
        Assert.Same(term.Type, Resolve(inputValue["type"], term));
        Assert.Equal("NON_NULL", Resolve(IntrospectionTypes.Type.Fields["kind"], term.Type));
        Assert.Same(BuiltInScalars.String, Resolve(IntrospectionTypes.Type.Fields["ofType"], term.Type));
        Assert.Null(Resolve(IntrospectionTypes.Type.Fields["name"], term.Type));
        Assert.Equal(true, Resolve(inputValue["isDeprecated"], search.Arguments["limit"]));
        Assert.Equal("No longer supported", Resolve(inputValue["deprecationReason"], search.Arguments["limit"]));
    }

    [Fact]
    public void AbstractTypesListTheirPossibleTypes()
    {
        var type = IntrospectionTypes.Type.Fields;
        var node = _schema.GetType("Node");
        var result = _schema.GetType("Result");

        Assert.Equal(["Query", "Item"], Names(Resolve(type["possibleTypes"], result)));
        Assert.Null(Resolve(type["interfaces"], result));
        Assert.Null(Resolve(type["fields"], result));
        Assert.Equal(["Query", "Item"], Names(Resolve(type["possibleTypes"], node)));
        Assert.Equal([], Names(Resolve(type["interfaces"], node)));
    }

    [Fact]
    public void EnumValuesLeaveOutDeprecatedOnesUnlessAskedFor()
    {
        var type = IntrospectionTypes.Type.Fields;
        var color = (EnumType)_schema.GetType("Color")!;
        var enumValue = IntrospectionTypes.EnumValue.Fields;

        Assert.Equal("Colors", Resolve(type["description"], color));
        Assert.Equal(["RED", "BLUE"], Names(Resolve(type["enumValues"], color)));
        Assert.Equal(["RED", "GREEN", "BLUE"], Names(Resolve(type["enumValues"], color, IncludeDeprecated(true))));
        Assert.Null(Resolve(type["isOneOf"], color));
        Assert.Equal(true, Resolve(enumValue["isDeprecated"], color.Values["GREEN"]));
        Assert.Equal("No longer supported", Resolve(enumValue["deprecationReason"], color.Values["GREEN"]));
        Assert.Equal(false, Resolve(enumValue["isDeprecated"], color.Values["RED"]));
        Assert.Null(Resolve(enumValue["description"], color.Values["RED"]));
    }

    [Fact]
    public void InputObjectsAndScalarsDescribeThemselves()
    {
        var type = IntrospectionTypes.Type.Fields;

        Assert.Equal(true, Resolve(type["isOneOf"], _schema.GetType("Filter")));
        Assert.Equal(false, Resolve(type["isOneOf"], _schema.GetType("Point")));
        Assert.Equal(["byName", "byColor"], Names(Resolve(type["inputFields"], _schema.GetType("Filter"))));
        Assert.Equal("https://example.com/url", Resolve(type["specifiedByURL"], _schema.GetType("Url")));
        Assert.Null(Resolve(type["specifiedByURL"], BuiltInScalars.String));
    }

    [Fact]
    public void MetaFieldsResolveTypesAndTypeNames()
    {
        Assert.Same(_schema.GetType("Color"), Resolve(IntrospectionTypes.TypeMetaField, null, new Dictionary<string, object?> { ["name"] = "Color" }));
        Assert.Null(Resolve(IntrospectionTypes.TypeMetaField, null, new Dictionary<string, object?> { ["name"] = "Missing" }));
        Assert.Equal("Query", Resolve(IntrospectionTypes.TypeNameMetaField, null));
        Assert.Equal(
            "Mutation",
            IntrospectionTypes.TypeNameMetaField.Resolver!(new FakeResolveFieldContext(_schema, null, parentType: _schema.MutationType)));
    }

    [Fact]
    public void DefaultValuesArePrintedAsGraphQLJsPrintsThem()
    {
        var color = new EnumType("Color");
        color.Values.Add("RED", new EnumValueDefinition("RED", 1));
        color.Values.Add("BLUE", new EnumValueDefinition("BLUE", 2));
        var point = new InputObjectType("Point");
        point.Fields.Add("x", new InputValueDefinition("x", new NonNullType(BuiltInScalars.Float)));
        point.Fields.Add("y", new InputValueDefinition("y", BuiltInScalars.Float));
        point.Fields.Add("c", new InputValueDefinition("c", new ListType(color)));
        var defaults = new (string Name, GraphQLType Type, object? Value)[]
        {
            ("a", BuiltInScalars.Int, 10),
            ("b", BuiltInScalars.Float, 0.5),
            ("c", BuiltInScalars.Float, 1e21),
            ("d", BuiltInScalars.Float, 1.5e-7),
            ("e", point, new Dictionary<string, object?> { ["x"] = 1.0, ["y"] = 2.0, ["c"] = new[] { 1, 2 } }),
            ("f", new ListType(color), 2),
            ("g", BuiltInScalars.ID, "123"),
            ("h", BuiltInScalars.ID, "abc"),
            ("i", BuiltInScalars.String, "say \"hi\"\n"),
            ("j", BuiltInScalars.Boolean, false),
            ("k", BuiltInScalars.String, null),
            ("l", new ListType(BuiltInScalars.Int), new int?[] { 1, null, 3 }),
        };
        var defaultValue = IntrospectionTypes.InputValue.Fields["defaultValue"];

        var printed = defaults.Select(d => Resolve(
            defaultValue,
            new InputValueDefinition(d.Name, d.Type) { DefaultValue = d.Value, HasDefaultValue = true }));

        Assert.Equal(
            ["10", "0.5", "1e+21", "1.5e-7", "{ x: 1, y: 2, c: [RED, BLUE] }", "BLUE", "123", "\"abc\"", "\"say \\\"hi\\\"\\n\"", "false", "null", "[1, null, 3]"],
            printed);
        Assert.Null(Resolve(defaultValue, _query.Fields["search"].Arguments["term"]));
        Assert.Equal("GREEN", Resolve(defaultValue, new InputValueDefinition("c", color) { DefaultValueLiteral = new EnumValueNode("GREEN"), HasDefaultValue = true }));
    }

    private static FieldDefinition AddField(IComplexOutputType type, string name, GraphQLType fieldType)
    {
        var field = new FieldDefinition(name, fieldType);
        type.Fields.Add(name, field);
        return field;
    }

    private object? Resolve(FieldDefinition field, object? source, IReadOnlyDictionary<string, object?>? arguments = null) =>
        Resolve(field, _schema, source, arguments);

    private static object? Resolve(FieldDefinition field, Schema schema, object? source, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var defaults = new Dictionary<string, object?>();
        foreach (var argument in field.Arguments.Values)
        {
            if (argument.HasDefaultValue)
            {
                defaults[argument.Name] = argument.DefaultValue;
            }
        }

        foreach (var (name, value) in arguments ?? new Dictionary<string, object?>())
        {
            defaults[name] = value;
        }

        return field.Resolver!(new FakeResolveFieldContext(schema, source, defaults));
    }

    private static Dictionary<string, object?> IncludeDeprecated(bool value) => new() { ["includeDeprecated"] = value };

    private static string[] Names(object? items) => ((System.Collections.IEnumerable)items!).Cast<object>().Select(item => item switch
    {
        NamedType type => type.Name,
        FieldDefinition field => field.Name,
        InputValueDefinition inputValue => inputValue.Name,
        EnumValueDefinition enumValue => enumValue.Name,
        DirectiveDefinition directive => directive.Name,
        _ => throw new InvalidOperationException(item.ToString()),
    }).ToArray();

    private static string SerializeEnum(EnumType type, object value) => type.Values.Values.Single(v => Equals(v.Value, value)).Name;

    private static string Shape(FieldDefinition field)
    {
        var builder = new StringBuilder(field.Name);
        if (field.Arguments.Count > 0)
        {
            builder.Append('(').AppendJoin(", ", field.Arguments.Values.Select(a =>
                $"{a.Name}: {a.Type}" + (DefaultValueLiterals.Get(a) is { } literal ? " = " + Printer.Print(literal) : string.Empty)))
                .Append(')');
        }

        return builder.Append(": ").Append(field.Type).Append('|').Append(Json(field.Description)).ToString();
    }

    private static string Json(string? text) =>
        JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private const string ExpectedShapes = """
__Schema|"A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations."
  description: String|null
  types: [__Type!]!|"A list of all types supported by this server."
  queryType: __Type!|"The type that query operations will be rooted at."
  mutationType: __Type|"If this server supports mutation, the type that mutation operations will be rooted at."
  subscriptionType: __Type|"If this server support subscription, the type that subscription operations will be rooted at."
  directives(includeDeprecated: Boolean! = false): [__Directive!]!|"A list of all directives supported by this server."
__Directive|"A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor."
  name: String!|null
  description: String|null
  isRepeatable: Boolean!|null
  locations: [__DirectiveLocation!]!|null
  args(includeDeprecated: Boolean! = false): [__InputValue!]!|null
  isDeprecated: Boolean!|null
  deprecationReason: String|null
__DirectiveLocation|"A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies."
  QUERY|"Location adjacent to a query operation."
  MUTATION|"Location adjacent to a mutation operation."
  SUBSCRIPTION|"Location adjacent to a subscription operation."
  FIELD|"Location adjacent to a field."
  FRAGMENT_DEFINITION|"Location adjacent to a fragment definition."
  FRAGMENT_SPREAD|"Location adjacent to a fragment spread."
  INLINE_FRAGMENT|"Location adjacent to an inline fragment."
  VARIABLE_DEFINITION|"Location adjacent to an operation variable definition."
  FRAGMENT_VARIABLE_DEFINITION|"Location adjacent to a fragment variable definition."
  SCHEMA|"Location adjacent to a schema definition."
  SCALAR|"Location adjacent to a scalar definition."
  OBJECT|"Location adjacent to an object type definition."
  FIELD_DEFINITION|"Location adjacent to a field definition."
  ARGUMENT_DEFINITION|"Location adjacent to an argument definition."
  INTERFACE|"Location adjacent to an interface definition."
  UNION|"Location adjacent to a union definition."
  ENUM|"Location adjacent to an enum definition."
  ENUM_VALUE|"Location adjacent to an enum value definition."
  INPUT_OBJECT|"Location adjacent to an input object type definition."
  INPUT_FIELD_DEFINITION|"Location adjacent to an input object field definition."
  DIRECTIVE_DEFINITION|"Location adjacent to a directive definition."
__Type|"The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types."
  kind: __TypeKind!|null
  name: String|null
  description: String|null
  specifiedByURL: String|null
  fields(includeDeprecated: Boolean! = false): [__Field!]|null
  interfaces: [__Type!]|null
  possibleTypes: [__Type!]|null
  enumValues(includeDeprecated: Boolean! = false): [__EnumValue!]|null
  inputFields(includeDeprecated: Boolean! = false): [__InputValue!]|null
  ofType: __Type|null
  isOneOf: Boolean|null
__Field|"Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type."
  name: String!|null
  description: String|null
  args(includeDeprecated: Boolean! = false): [__InputValue!]!|null
  type: __Type!|null
  isDeprecated: Boolean!|null
  deprecationReason: String|null
__InputValue|"Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value."
  name: String!|null
  description: String|null
  type: __Type!|null
  defaultValue: String|"A GraphQL-formatted string representing the default value for this input value."
  isDeprecated: Boolean!|null
  deprecationReason: String|null
__EnumValue|"One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string."
  name: String!|null
  description: String|null
  isDeprecated: Boolean!|null
  deprecationReason: String|null
__TypeKind|"An enum describing what kind of type a given `__Type` is."
  SCALAR|"Indicates this type is a scalar."
  OBJECT|"Indicates this type is an object. `fields` and `interfaces` are valid fields."
  INTERFACE|"Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."
  UNION|"Indicates this type is a union. `possibleTypes` is a valid field."
  ENUM|"Indicates this type is an enum. `enumValues` is a valid field."
  INPUT_OBJECT|"Indicates this type is an input object. `inputFields` is a valid field."
  LIST|"Indicates this type is a list. `ofType` is a valid field."
  NON_NULL|"Indicates this type is a non-null. `ofType` is a valid field."
__schema: __Schema!|"Access the current type schema of this server."
__type(name: String!): __Type|"Request the type information of a single type."
__typename: String!|"The name of the current Object type at runtime."
""";
}
