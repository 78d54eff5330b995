using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Clr;

/// <summary>Directive attributes, members a host leaves out, the C# type behind a named type, and methods compiled on their own.</summary>
public sealed class ClrDirectiveTests
{
    [Fact]
    public void Directive_attributes_become_applied_directives_of_types_fields_arguments_enum_values_and_extended_types()
    {
        var schema = new ClrSchemaBuilder().AddQueryType<DirectiveQuery>().AddTypeExtension<ShelfExtension>().Build();

        var shelf = (ObjectType)schema.GetType("Shelf")!;
        Assert.Equal(["@cache(maxAge: 60, scopes: [\"public\"])", "@audited"], shelf.AppliedDirectives.Select(Printer.Print));
        Assert.Equal(["@cache(maxAge: 5, scopes: [])"], shelf.Fields["label"].AppliedDirectives.Select(Printer.Print));
        var query = schema.QueryType!;
        Assert.Equal(["@audited"], query.Fields["shelf"].Arguments["id"].AppliedDirectives.Select(Printer.Print));
        var color = (EnumType)schema.GetType("ShelfColor")!;
        Assert.Equal(["@audited"], color.Values["RED"].AppliedDirectives.Select(Printer.Print));
        Assert.Empty(color.Values["BLUE"].AppliedDirectives);
    }

    [Fact]
    public void Named_types_know_their_csharp_type_and_ignored_members_are_no_fields()
    {
        var schema = new ClrSchemaBuilder()
            .AddQueryType<DirectiveQuery>()
            .IgnoreMembers(member => member.Name == nameof(Shelf.Reload))
            .Build();

        var shelf = (ObjectType)schema.GetType("Shelf")!;
        Assert.Equal(typeof(Shelf), shelf.ClrType);
        Assert.Equal(typeof(DirectiveQuery), schema.QueryType!.ClrType);
        Assert.Null(schema.GetType("String")!.ClrType);
        Assert.Equal(["label", "color"], shelf.Fields.Keys);
    }

    [Fact]
    public async Task A_method_compiled_on_its_own_reads_arguments_by_name_and_services_by_type()
    {
        var find = typeof(Shelf).GetMethod(nameof(Shelf.Find))!;
        var schema = SchemaBuilder.Build("type Query { find(shelfId: String): Shelf } type Shelf { label: String }");
        schema.QueryType!.Fields["find"].Resolver = ClrMethodResolver.Compile(find, type => type == typeof(ShelfNames));

        var json = await ClrExecutionTests.Run(schema, """{ find(shelfId: "7") { label } }""", new TestServices().Add(new ShelfNames()));

        Assert.Equal("""{"data":{"find":{"label":"Shelf seven"}}}""", json);
        Assert.Equal(["shelfId"], ClrMethodResolver.ArgumentNames(find, type => type == typeof(ShelfNames)));
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, AllowMultiple = true)]
    public sealed class CacheAttribute(int maxAge, params string[] scopes) : GraphQLDirectiveAttribute("cache")
    {
        protected override IEnumerable<KeyValuePair<string, object?>> GetArguments() => [new("maxAge", maxAge), new("scopes", scopes)];
    }

    [AttributeUsage(AttributeTargets.All)]
    public sealed class AuditedAttribute() : GraphQLDirectiveAttribute("audited");

    public sealed class DirectiveQuery
    {
        public Shelf? GetShelf([Audited] string id) => new("Shelf " + id, ShelfColor.Red);
    }

    [Cache(60, "public")]
    public sealed record Shelf([property: Cache(5)] string Label, ShelfColor Color)
    {
        public static Shelf Find(string shelfId, ShelfNames names) => new(names.Name(shelfId), ShelfColor.Blue);

        public Shelf Reload() => this;
    }

    public sealed class ShelfNames
    {
        public string Name(string id) => id == "7" ? "Shelf seven" : "Shelf " + id;
    }

    public enum ShelfColor
    {
        [Audited]
        Red,
        Blue,
    }

    [ExtendObjectType("Shelf")]
    [Audited]
    public sealed class ShelfExtension
    {
        public int Width => 80;
    }
}
