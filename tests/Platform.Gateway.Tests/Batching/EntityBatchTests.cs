using System.Text.Json;
using Platform.Gateway.Execution;
using Platform.Gateway.Execution.Batching;
using Platform.Gateway.Planning;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Tests.Batching;

/// <summary>Collecting an entity fetch's objects from the merged response into representations.</summary>
public sealed class EntityBatchTests
{
    [Fact]
    public void Objects_with_the_same_key_share_one_representation()
    {
        var data = Data("""{"reviews":[{"product":{"__typename":"Product","upc":"1"}},{"product":{"__typename":"Product","upc":"2"}},{"product":{"__typename":"Product","upc":"1"}}]}""");

        var batch = EntityBatch.Collect(ProductFetch(["reviews", "product"]), data);

        Assert.Equal(["""{"__typename":"Product","upc":"1"}""", """{"__typename":"Product","upc":"2"}"""], batch.Representations.Select(Json));
        var reviews = (List<object?>)data["reviews"]!;
        Assert.Equal([Product(reviews, 0), Product(reviews, 2)], [.. batch.TargetsOf(0)]);
        Assert.Equal([Product(reviews, 1)], [.. batch.TargetsOf(1)]);
        Assert.Equal(3, batch.Targets.Count);
    }

    [Fact]
    public void The_same_object_reached_by_two_paths_is_one_target()
    {
        var data = Data("""{"a":{"__typename":"Product","upc":"1"}}""");
        data["b"] = data["a"];

        var batch = EntityBatch.Collect(ProductFetch(["a"], ["b"]), data);

        Assert.Single(batch.Representations);
        Assert.Same(data["a"], Assert.Single(batch.Targets));
    }

    [Fact]
    public void An_object_shared_many_times_along_one_path_is_one_target_even_past_the_linear_scan()
    {
        // An earlier merge can put one object in many places (one entity answer merged into its duplicates).
        var data = Data("""{"list":[]}""");
        var list = (List<object?>)data["list"]!;
        var shared = Data("""{"__typename":"Product","upc":"1"}""");
        for (var i = 0; i < 20; i++)
        {
            list.Add(Data("""{"__typename":"Product","upc":"1"}"""));
            list.Add(shared);
        }

        var batch = EntityBatch.Collect(ProductFetch(["list"]), data);

        Assert.Single(batch.Representations);
        Assert.Equal(21, batch.Targets.Count);
        Assert.Equal(21, batch.Targets.Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Equal(batch.Targets, [.. batch.TargetsOf(0)]);
    }

    [Fact]
    public void Objects_of_other_types_are_skipped_and_ones_missing_a_key_are_unrepresentable()
    {
        var data = Data("""{"items":[{"__typename":"Book","upc":"1"},{"__typename":"Product","sku":"x"},{"__typename":"Product","upc":"3"},{"upc":"4"}]}""");

        var batch = EntityBatch.Collect(ProductFetch(["items"]), data);

        var items = (List<object?>)data["items"]!;
        Assert.Equal(["""{"__typename":"Product","upc":"3"}""", """{"__typename":"Product","upc":"4"}"""], batch.Representations.Select(Json));
        Assert.Same(items[1], Assert.Single(batch.Unrepresentable));
        Assert.DoesNotContain(items[0], batch.Targets);
    }

    [Fact]
    public void An_object_whose_nested_key_field_failed_is_unrepresentable()
    {
        var data = Data("""{"items":[{"id":"p1","o":{"key":"k"}},{"id":"p2","o":{"key":"k"}},{"id":"p3","o":[{"key":"k"}]}]}""");
        var items = (List<object?>)data["items"]!;
        var marker = new FieldErrorMarker(new GraphQL.GraphQLError("owner failed"), reportOnce: true);
        ((Dictionary<string, object?>)((Dictionary<string, object?>)items[1]!)["o"]!)["key"] = marker;
        ((Dictionary<string, object?>)((List<object?>)((Dictionary<string, object?>)items[2]!)["o"]!)[0]!)["key"] = marker;
        var fetch = Fetch("Product", [new("id", "id", []), new("owner", "o", [new("key", "key", [])])], [new PathSegment("items", null)]);

        var batch = EntityBatch.Collect(fetch, data);

        Assert.Equal("""{"__typename":"Product","id":"p1","owner":{"key":"k"}}""", Json(Assert.Single(batch.Representations)));
        Assert.Equal([items[1], items[2]], batch.Unrepresentable);
    }

    [Fact]
    public void Representations_carry_nested_key_fields_under_their_names()
    {
        var data = Data("""{"item":{"__typename":"Product","id":"p1","o":{"__typename":"Org","key":"k","extra":1},"tags":[{"t":"a","x":0}]}}""");
        RepresentationField[] shape =
        [
            new("id", "id", []),
            new("owner", "o", [new("key", "key", [])]),
            new("tags", "tags", [new("name", "t", [])]),
        ];
        var fetch = Fetch("Product", shape, [new PathSegment("item", null)]);

        var batch = EntityBatch.Collect(fetch, data);

        Assert.Equal(
            """{"__typename":"Product","id":"p1","owner":{"__typename":"Org","key":"k"},"tags":[{"name":"a"}]}""",
            Json(Assert.Single(batch.Representations)));
    }

    [Fact]
    public void A_path_step_with_a_parent_type_only_passes_through_objects_of_that_type()
    {
        var data = Data("""{"media":[{"__typename":"Book","author":{"__typename":"Product","upc":"1"}},{"__typename":"Movie","author":{"__typename":"Product","upc":"2"}}]}""");
        var fetch = Fetch("Product", [new("upc", "upc", [])], [new PathSegment("media", null), new PathSegment("author", "Book")]);

        var batch = EntityBatch.Collect(fetch, data);

        Assert.Equal(["""{"__typename":"Product","upc":"1"}"""], batch.Representations.Select(Json));
    }

    internal static FetchNode ProductFetch(params string[][] paths) =>
        Fetch("Product", [new("upc", "upc", [])], [.. paths.Select(p => p.Select(key => new PathSegment(key, null)).ToArray())]);

    internal static FetchNode Fetch(string type, IReadOnlyList<RepresentationField> representation, params PathSegment[][] paths) => new()
    {
        Id = 1,
        Subgraph = "test",
        Stage = 1,
        Document = "query($representations:[_Any!]!){_entities(representations:$representations){__typename}}",
        VariableNames = [],
        ResponseKeys = ["name"],
        EntityType = type,
        AcceptedTypes = [type],
        Paths = paths,
        Representation = representation,
    };

    internal static Dictionary<string, object?> Data(string json)
    {
        using var document = JsonDocument.Parse(json);
        return (Dictionary<string, object?>)JsonValues.ToValue(document.RootElement)!;
    }

    private static object? Product(List<object?> reviews, int index) => ((Dictionary<string, object?>)reviews[index]!)["product"];

    private static string Json(Dictionary<string, object?> value) => JsonSerializer.Serialize(value);
}
