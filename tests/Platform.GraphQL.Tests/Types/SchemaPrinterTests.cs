using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

/// <summary>The schema printer against graphql-js 17.1.0 <c>printSchema</c> (expected values generated with graphql-js).</summary>
public class SchemaPrinterTests
{
    public static TheoryData<string> SdlNames => new(SchemaPrinterTestCases.Sdl.Keys);

    [Theory]
    [MemberData(nameof(SdlNames))]
    public void Prints_a_schema_built_from_sdl_as_graphql_js_does(string name)
    {
        var (sdl, expected) = SchemaPrinterTestCases.Sdl[name];

        Assert.Equal(expected, SchemaPrinter.Print(SchemaBuilder.Build(sdl)));
    }

    [Theory]
    [MemberData(nameof(SdlNames))]
    public void Printed_schema_builds_back_to_the_same_text(string name)
    {
        var expected = SchemaPrinterTestCases.Sdl[name].Expected;

        Assert.Equal(expected, SchemaPrinter.Print(SchemaBuilder.Build(expected)));
    }

    [Fact]
    public void Prints_default_values_given_as_internal_values()
    {
        var color = new EnumType("Color");
        color.Values.Add("RED", new EnumValueDefinition("RED", 0));
        color.Values.Add("GREEN", new EnumValueDefinition("GREEN", 1) { DeprecationReason = "No longer supported" });
        color.Values.Add("BLUE", new EnumValueDefinition("BLUE", 2) { Description = "Blue", DeprecationReason = "Use RED" });
        var point = new InputObjectType("Point");
        AddInput(point.Fields, new InputValueDefinition("x", new NonNullType(BuiltInScalars.Int)));
        AddInput(point.Fields, Default("y", BuiltInScalars.Int, 0));
        AddInput(point.Fields, new InputValueDefinition("tags", new ListType(BuiltInScalars.String)));
        var paint = new FieldDefinition("paint", BuiltInScalars.String);
        AddInput(paint.Arguments, Default("color", color, 1));
        AddInput(paint.Arguments, Default("colors", new ListType(color), new List<object?> { 0, 2 }));
        AddInput(paint.Arguments, Default("at", point, new Dictionary<string, object?> { ["x"] = 1, ["tags"] = new List<object?> { "a", null } }));
        AddInput(paint.Arguments, Default("single", new ListType(BuiltInScalars.Int), 5));
        AddInput(paint.Arguments, Default("name", new NonNullType(BuiltInScalars.String), "x"));
        AddInput(paint.Arguments, Default("ratio", BuiltInScalars.Float, 1.5));
        AddInput(paint.Arguments, Default("whole", BuiltInScalars.Float, 2.0));
        AddInput(paint.Arguments, Default("nothing", BuiltInScalars.String, null));
        AddInput(paint.Arguments, Default("flag", BuiltInScalars.Boolean, true));
        var root = new ObjectType("Root") { Description = "The root" };
        root.Fields.Add(paint.Name, paint);

        var schema = new Schema(new SchemaOptions { Query = root });

        Assert.Equal(
            """"
            schema {
              query: Root
            }

            """The root"""
            type Root {
              paint(color: Color = GREEN, colors: [Color] = [RED, BLUE], at: Point = { x: 1, tags: ["a", null] }, single: [Int] = 5, name: String! = "x", ratio: Float = 1.5, whole: Float = 2, nothing: String = null, flag: Boolean = true): String
            }

            enum Color {
              RED
              GREEN @deprecated

              """Blue"""
              BLUE @deprecated(reason: "Use RED")
            }

            input Point {
              x: Int!
              y: Int = 0
              tags: [String]
            }
            """",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_a_schema_built_in_code_with_descriptions_interfaces_and_directives()
    {
        Assert.Equal(
            """"
            """Media schema"""
            schema {
              query: Query
            }

            """
            Caches the field.
            For a while.
            """
            directive @cache(
              """How long"""
              seconds: Int!
              scope: String
            ) repeatable on FIELD_DEFINITION | OBJECT

            type Query {
              media(
                """what to find"""
                filter: Filter
                first: Int
              ): [Media]
            }

            union Media = Image

            type Image implements Resource & Node {
              id: ID!
              url: String
              link: Url
            }

            interface Resource implements Node {
              id: ID!
              url: String @deprecated(reason: "Use link")
            }

            interface Node {
              id: ID!
            }

            """A URL"""
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")

            input Filter @oneOf {
              id: ID

              """by url"""
              url: Url
            }
            """",
            SchemaPrinter.Print(BuildMediaSchema()));
    }

    [Fact]
    public void Prints_the_specified_directives_first_in_the_introspection_schema()
    {
        var printed = SchemaPrinter.PrintIntrospectionSchema(BuildMediaSchema());

        Assert.StartsWith(
            """"
            """Media schema"""
            schema {
              query: Query
            }

            """
            Directs the executor to include this field or fragment only when the `if` argument is true.
            """
            directive @include(
              """Included when true."""
              if: Boolean!
            ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

            """
            Directs the executor to skip this field or fragment when the `if` argument is true.
            """
            directive @skip(
              """Skipped when true."""
              if: Boolean!
            ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

            """Marks an element of a GraphQL schema as no longer supported."""
            directive @deprecated(
              """
              Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).
              """
              reason: String! = "No longer supported"
            ) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE | DIRECTIVE_DEFINITION

            """Exposes a URL that specifies the behavior of this scalar."""
            directive @specifiedBy(
              """The URL that specifies the behavior of this scalar."""
              url: String!
            ) on SCALAR

            """
            Indicates exactly one field must be supplied and this field must not be `null`.
            """
            directive @oneOf on INPUT_OBJECT
            """" + "\n\n",
            printed);
    }

    [Fact]
    public void Rejects_a_default_value_that_has_no_literal()
    {
        var color = new EnumType("Color");
        color.Values.Add("RED", new EnumValueDefinition("RED", 0));
        var field = new FieldDefinition("f", BuiltInScalars.String);
        AddInput(field.Arguments, Default("c", new NonNullType(color), null));
        var query = new ObjectType("Query");
        query.Fields.Add(field.Name, field);

        var error = Assert.Throws<GraphQLError>(() => SchemaPrinter.Print(new Schema(new SchemaOptions { Query = query })));
        Assert.Equal("Invalid default value", error.Message);
    }

    private static Schema BuildMediaSchema()
    {
        var node = new InterfaceType("Node");
        node.Fields.Add("id", new FieldDefinition("id", new NonNullType(BuiltInScalars.ID)));
        var resource = new InterfaceType("Resource");
        resource.Interfaces.Add(node);
        resource.Fields.Add("id", new FieldDefinition("id", new NonNullType(BuiltInScalars.ID)));
        resource.Fields.Add("url", new FieldDefinition("url", BuiltInScalars.String) { DeprecationReason = "Use link" });
        var url = new ScalarType("Url") { Description = "A URL", SpecifiedByUrl = "https://url.spec.whatwg.org/" };
        var image = new ObjectType("Image");
        image.Interfaces.Add(resource);
        image.Interfaces.Add(node);
        image.Fields.Add("id", new FieldDefinition("id", new NonNullType(BuiltInScalars.ID)));
        image.Fields.Add("url", new FieldDefinition("url", BuiltInScalars.String));
        image.Fields.Add("link", new FieldDefinition("link", url));
        var media = new UnionType("Media");
        media.Types.Add(image);
        var filter = new InputObjectType("Filter") { IsOneOf = true };
        AddInput(filter.Fields, new InputValueDefinition("id", BuiltInScalars.ID));
        AddInput(filter.Fields, new InputValueDefinition("url", url) { Description = "by url" });
        var mediaField = new FieldDefinition("media", new ListType(media));
        AddInput(mediaField.Arguments, new InputValueDefinition("filter", filter) { Description = "what to find" });
        AddInput(mediaField.Arguments, new InputValueDefinition("first", BuiltInScalars.Int));
        var query = new ObjectType("Query");
        query.Fields.Add(mediaField.Name, mediaField);
        var cache = new DirectiveDefinition("cache", [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT])
        {
            Description = "Caches the field.\nFor a while.",
            IsRepeatable = true,
        };
        AddInput(cache.Arguments, new InputValueDefinition("seconds", new NonNullType(BuiltInScalars.Int)) { Description = "How long" });
        AddInput(cache.Arguments, new InputValueDefinition("scope", BuiltInScalars.String));

        return new Schema(new SchemaOptions
        {
            Query = query,
            Description = "Media schema",
            Directives = [.. SpecifiedDirectives.All, cache],
        });
    }

    private static InputValueDefinition Default(string name, GraphQLType type, object? value) =>
        new(name, type) { DefaultValue = value, HasDefaultValue = true };

    private static void AddInput(OrderedDictionary<string, InputValueDefinition> inputs, InputValueDefinition input) =>
        inputs.Add(input.Name, input);
}
