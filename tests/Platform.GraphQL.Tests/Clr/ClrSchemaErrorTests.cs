using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Clr
{
    public sealed class ClrSchemaErrorTests
    {
        [Fact]
        public void Field_of_unsupported_type_names_the_member()
        {
            var error = Assert.Throws<SchemaException>(() => new ClrSchemaBuilder().AddQueryType<Unsupported.Query>().Build());
            Assert.Equal("Query.GetThing returns System.IntPtr, which has no GraphQL type.", error.Message);
        }

        [Fact]
        public void Argument_of_a_type_without_input_type_names_the_parameter()
        {
            var error = Assert.Throws<SchemaException>(() => new ClrSchemaBuilder().AddQueryType<Unsupported.ArgumentQuery>().Build());
            Assert.Equal("ArgumentQuery.Find parameter handle has the type System.IntPtr, which has no GraphQL input type.", error.Message);
        }

        [Fact]
        public void Two_types_with_one_name_name_both_classes()
        {
            var error = Assert.Throws<SchemaException>(() => new ClrSchemaBuilder().AddQueryType<My.Query>().Build());
            Assert.Equal("Two types are named \"Unit\": My.A and My.B.", error.Message);
        }

        [Fact]
        public void Class_named_like_a_scalar_is_refused()
        {
            var error = Assert.Throws<SchemaException>(() => new ClrSchemaBuilder().AddQueryType<Clashes.Query>().Build());
            Assert.Equal("Two types are named \"Date\": System.DateOnly and Platform.GraphQL.Tests.Clr.Clashes.Date.", error.Message);
        }

        [Fact]
        public void Generic_type_without_graphql_type_is_named_readably()
        {
            var error = Assert.Throws<SchemaException>(() => new ClrSchemaBuilder().AddQueryType<Unsupported.DictionaryQuery>().Build());
            Assert.Equal(
                "DictionaryQuery.Counts returns System.Collections.Generic.Dictionary<System.String, System.Int32>, which has no GraphQL type.",
                error.Message);
        }

        [Fact]
        public void Void_method_is_refused()
        {
            var error = Assert.Throws<SchemaException>(() => new ClrSchemaBuilder().AddMutationType<Unsupported.Query>().AddQueryType<My.A>().Build());
            Assert.Equal("Query.GetThing returns System.IntPtr, which has no GraphQL type.", error.Message);
            error = Assert.Throws<SchemaException>(() => new ClrSchemaBuilder().AddQueryType<Unsupported.VoidQuery>().Build());
            Assert.Equal("VoidQuery.Forget returns no value, which a GraphQL field needs.", error.Message);
        }

        [Fact]
        public void Service_marked_parameter_of_an_unregistered_type_fails_when_services_are_known()
        {
            var error = Assert.Throws<SchemaException>(() =>
                new ClrSchemaBuilder().AddQueryType<Unsupported.ServiceQuery>().UseServiceCheck(_ => false).Build());
            Assert.Equal(
                "ServiceQuery.GetClock parameter clock asks for the service Platform.GraphQL.Tests.Clr.Unsupported.Clock, which is not registered.",
                error.Message);

            // Without knowledge of the container, [Service] is trusted and checked per request.
            Assert.NotNull(new ClrSchemaBuilder().AddQueryType<Unsupported.ServiceQuery>().Build());
        }

        [Fact]
        public void Extension_of_an_unknown_type_is_refused()
        {
            var error = Assert.Throws<SchemaException>(() =>
                new ClrSchemaBuilder().AddQueryType<My.A>().AddTypeExtension<Unsupported.NowhereExtension>().Build());
            Assert.Equal("Platform.GraphQL.Tests.Clr.Unsupported.NowhereExtension extends \"Nowhere\", which is not a type of the schema.", error.Message);
        }

        [Fact]
        public void Invalid_schema_reports_the_validators_message()
        {
            var error = Assert.Throws<SchemaException>(() => new ClrSchemaBuilder().AddQueryType<Unsupported.EmptyQuery>().Build());
            Assert.Equal("Type Query must define one or more fields.", error.Message);
        }

        [Fact]
        public void Sdl_and_types_cannot_be_mixed()
        {
            var error = Assert.Throws<SchemaException>(() =>
                new ClrSchemaBuilder().AddDocument("type Query { a: Int }").AddQueryType<My.A>().Build());
            Assert.StartsWith("A schema comes either from SDL", error.Message);
        }
    }
}

namespace Platform.GraphQL.Tests.Clr.Unsupported
{
    public sealed class Query
    {
        public IntPtr GetThing() => IntPtr.Zero;
    }

    public sealed class ArgumentQuery
    {
        public string Find(IntPtr handle) => handle.ToString();
    }

    public sealed class DictionaryQuery
    {
        public Dictionary<string, int> Counts { get; } = [];
    }

    public sealed class VoidQuery
    {
        public void Forget()
        {
        }
    }

    public sealed class Clock
    {
        public string Now => "now";
    }

    public sealed class ServiceQuery
    {
        public string GetClock([Service] Clock clock) => clock.Now;
    }

    public sealed class EmptyQuery
    {
    }

    [ExtendObjectType("Nowhere")]
    public sealed class NowhereExtension
    {
        public int Answer => 42;
    }
}

namespace Platform.GraphQL.Tests.Clr.Clashes
{
    public sealed class Date
    {
        public int Day => 1;
    }

    public sealed class Query
    {
        public DateOnly Today => new(2026, 11, 23);

        public Date Other => new();
    }
}

namespace My
{
    using Platform.GraphQL;

    [GraphQLName("Unit")]
    public sealed class A
    {
        public string Name => "a";
    }

    [GraphQLName("Unit")]
    public sealed class B
    {
        public string Name => "b";
    }

    public sealed class Query
    {
        public A First => new();

        public B Second => new();
    }
}
