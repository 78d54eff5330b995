using Platform.GraphQL.Tests.Clr.Inputs;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Clr
{
    public sealed class ClrInputTests
    {
        private static readonly Schema Schema = new ClrSchemaBuilder().AddQueryType<Query>().Build();

        [Fact]
        public async Task Optional_record_parameter_is_an_input_field_default()
        {
            var input = Assert.IsType<InputObjectType>(Schema.GetType("PagingInput"));
            Assert.Equal("size: Int! = 10", SchemaPrinter.PrintType(input).Split('\n')[2].Trim());
            Assert.Equal("""{"data":{"paging":"0/10"}}""", await ClrExecutionTests.Run(Schema, "{ paging(paging: {offset: 0}) }"));
        }

        [Fact]
        public async Task Guid_argument_that_is_not_a_guid_is_a_field_error()
        {
            var json = await ClrExecutionTests.Run(Schema, """{ guid(id: "nope") }""");
            Assert.Contains("""
                "message":"The ID \"nope\" is not a GUID."
                """, json, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Context_parameter_and_renamed_argument_bind()
        {
            Assert.Equal(
                """{"data":{"whoAmI":"whoAmI:7"}}""",
                await ClrExecutionTests.Run(Schema, "{ whoAmI(n: 7) }"));
        }

        [Fact]
        public async Task Host_parameter_binding_claims_parameters_before_the_built_in_kinds()
        {
            var schema = new ClrSchemaBuilder()
                .AddQueryType<Query>()
                .AddParameterBinding(parameter => parameter.ParameterType == typeof(GeoPoint)
                    ? _ => new GeoPoint(1, 2)
                    : null)
                .Build();
            Assert.DoesNotContain("point", schema.QueryType!.Fields["echo"].Arguments.Keys);
            Assert.Equal("""{"data":{"echo":{"latitude":1}}}""", await ClrExecutionTests.Run(schema, "{ echo { latitude } }"));
        }

        [Fact]
        public async Task Explicit_null_is_not_replaced_by_the_csharp_default()
        {
            Assert.Equal(
                """{"data":{"limit":"none","limitAbsent":"5","paging":"0/"}}""",
                await ClrExecutionTests.Run(Schema, "{ limit(max: null) limitAbsent: limit paging: pagingNullable(paging: {offset: 0, size: null}) }"));
        }

        [Fact]
        public async Task Decimal_and_float_map_to_Float_both_ways()
        {
            Assert.Equal(
                """{"data":{"price":2.5,"ratio":0.5}}""",
                await ClrExecutionTests.Run(Schema, "{ price(amount: 1.25) ratio(value: 1) }"));
        }

        [Fact]
        public void Record_used_as_output_and_input_gets_two_types()
        {
            Assert.IsType<ObjectType>(Schema.GetType("GeoPoint"));
            var input = Assert.IsType<InputObjectType>(Schema.GetType("GeoPointInput"));
            Assert.Equal("Float!", input.Fields["latitude"].Type.ToString());
        }

        [Fact]
        public async Task Lists_of_inputs_enums_and_scalars_are_converted()
        {
            var json = await ClrExecutionTests.Run(Schema, """
                { describe(points: [{latitude: 30.25, longitude: 120.1}, {latitude: 1, longitude: 2}], tags: ["a", "b"], levels: [LOW, HIGH_PRIORITY])
                  echo(point: {latitude: 3, longitude: 4}) { latitude longitude } }
                """);
            Assert.Equal(
                """{"data":{"describe":"2 points (30.25,120.1), tags a+b, levels Low+HighPriority","echo":{"latitude":3,"longitude":4}}}""",
                json);
        }

        [Fact]
        public async Task Struct_and_class_inputs_get_their_settable_properties()
        {
            var json = await ClrExecutionTests.Run(Schema, """
                { page(window: {offset: 20, size: 5}) filter(filter: {name: "x", nested: {name: "y"}, day: "2026-11-23", at: "2026-11-23T10:00:00Z", big: 9000000000}) }
                """);
            Assert.Equal("""{"data":{"page":"20+5","filter":"x/y 2026-11-23 10:00 9000000000"}}""", json);
        }

        [Fact]
        public async Task Invalid_scalar_input_is_a_validation_error()
        {
            var json = await ClrExecutionTests.Run(Schema, """{ filter(filter: {day: "23.11.2026"}) }""");
            Assert.Contains("Date cannot represent value", json, StringComparison.Ordinal);
        }
    }
}

namespace Platform.GraphQL.Tests.Clr.Inputs
{
    public sealed record GeoPoint(double Latitude, double Longitude);

    public sealed record Paging(int Offset, int Size = 10);

    public sealed record NullablePaging(int Offset, int? Size = 10);

    public enum Level
    {
        Low,
        HighPriority,
    }

    public struct Window
    {
        public int Offset { get; set; }

        public int Size { get; set; }
    }

    public sealed class Filter
    {
        public string? Name { get; set; }

        public Filter? Nested { get; set; }

        public DateOnly? Day { get; set; }

        public DateTime? At { get; set; }

        public long? Big { get; set; }
    }

    public sealed class Query
    {
        public string Describe(IReadOnlyList<GeoPoint> points, string[] tags, List<Level>? levels) =>
            $"{points.Count} points ({points[0].Latitude},{points[0].Longitude}), tags {string.Join('+', tags)}, levels {string.Join('+', levels!)}";

        public GeoPoint Echo(GeoPoint point) => point;

        public string GetPaging(Paging paging) => $"{paging.Offset}/{paging.Size}";

        public string Guid(Guid id) => id.ToString();

        public decimal Price(decimal amount) => amount * 2;

        public float Ratio(float value) => value / 2;

        public string Limit(int? max = 5) => max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";

        public string PagingNullable(NullablePaging paging) => $"{paging.Offset}/{paging.Size}";

        public string WhoAmI(Platform.GraphQL.Execution.IResolveFieldContext context, [GraphQLName("n")] int number) =>
            $"{context.FieldDefinition.Name}:{number}";

        public string Page(Window window) => $"{window.Offset}+{window.Size}";

        public string Filter(Filter filter) =>
            $"{filter.Name}/{filter.Nested?.Name} {filter.Day:yyyy-MM-dd} {filter.At:HH:mm} {filter.Big}";
    }
}
