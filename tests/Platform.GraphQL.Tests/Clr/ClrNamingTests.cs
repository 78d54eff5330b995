using System.Reflection;
using Platform.GraphQL.Types.Clr;

namespace Platform.GraphQL.Tests.Clr;

public sealed class ClrNamingTests
{
    [Theory]
    [InlineData("Name", "name")]
    [InlineData("ID", "id")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("parentId", "parentId")]
    [InlineData("X", "x")]
    public void Camel_case(string name, string expected) => Assert.Equal(expected, ClrNaming.CamelCase(name));

    [Theory]
    [InlineData(nameof(Members.GetOrgUnits), "orgUnits")]
    [InlineData(nameof(Members.LoadAsync), "load")]
    [InlineData(nameof(Members.GetChildrenAsync), "children")]
    [InlineData(nameof(Members.Getaway), "getaway")]
    [InlineData(nameof(Members.Renamed), "custom")]
    public void Method_names_lose_get_and_async(string method, string expected) =>
        Assert.Equal(expected, ClrNaming.FieldName(typeof(Members).GetMethod(method)!));

    [Theory]
    [InlineData(nameof(Casing.InProgress), "IN_PROGRESS")]
    [InlineData(nameof(Casing.HTTPStatus), "HTTP_STATUS")]
    [InlineData(nameof(Casing.Level2Done), "LEVEL2_DONE")]
    [InlineData(nameof(Casing.Done), "DONE")]
    [InlineData(nameof(Casing.Already_Split), "ALREADY_SPLIT")]
    public void Enum_values_are_upper_snake_case(string member, string expected) =>
        Assert.Equal(expected, ClrNaming.EnumValueName(typeof(Casing).GetField(member, BindingFlags.Public | BindingFlags.Static)!));

    [Fact]
    public void Interface_prefix_is_dropped_but_not_from_other_names() =>
        Assert.Equal(["Members", "Thing", "Item"], [ClrNaming.TypeName(typeof(Members)), ClrNaming.TypeName(typeof(IThing)), ClrNaming.TypeName(typeof(Item))]);

    [Fact]
    public void Closed_generic_types_are_named_after_their_arguments() =>
        Assert.Equal("ItemThingPage", ClrNaming.TypeName(typeof(Page<Item, IThing>)));

    public interface IThing
    {
    }

    public sealed class Page<T, TOther>
    {
    }

    public sealed class Item
    {
    }

    public enum Casing
    {
        InProgress,
        HTTPStatus,
        Level2Done,
        Done,
        Already_Split,
    }

    public sealed class Members
    {
        public int GetOrgUnits() => 0;

        public Task<int> LoadAsync() => Task.FromResult(0);

        public Task<int> GetChildrenAsync() => Task.FromResult(0);

        public int Getaway() => 0;

        [GraphQLName("custom")]
        public int Renamed() => 0;
    }
}
