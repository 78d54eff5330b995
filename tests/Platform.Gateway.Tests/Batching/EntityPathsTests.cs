using Platform.Gateway.Execution;
using Platform.Gateway.Execution.Batching;

namespace Platform.Gateway.Tests.Batching;

/// <summary>Client paths are found only when an error asks for them, by walking the fetch's paths again.</summary>
public sealed class EntityPathsTests
{
    [Fact]
    public void Wanted_objects_get_their_paths_through_keys_and_list_indexes()
    {
        var data = EntityBatchTests.Data("""{"top":[{"reviews":[{"product":{"upc":"1"}},{"product":{"upc":"2"}}]},{"reviews":[{"product":{"upc":"3"}}]}]}""");
        var fetch = EntityBatchTests.ProductFetch(["top", "reviews", "product"]);
        var batch = EntityBatch.Collect(fetch, data);
        var second = batch.Targets[1];
        var third = batch.Targets[2];

        var paths = EntityPaths.Find(fetch, data, Set(second, third));

        Assert.Equal(2, paths.Count);
        Assert.Equal(["top", 0, "reviews", 1, "product"], paths[second]);
        Assert.Equal(["top", 1, "reviews", 0, "product"], paths[third]);
        Assert.False(paths.ContainsKey(batch.Targets[0]));
    }

    [Fact]
    public void An_object_reached_twice_is_found_where_it_was_first_reached()
    {
        var data = EntityBatchTests.Data("""{"a":[null,{"upc":"1"}]}""");
        var shared = ((List<object?>)data["a"]!)[1]!;
        data["b"] = new List<object?> { shared };
        var fetch = EntityBatchTests.ProductFetch(["b"], ["a"]);
        var batch = EntityBatch.Collect(fetch, data);

        var paths = EntityPaths.Find(fetch, data, Set(batch.Targets[0]));

        Assert.Equal(["b", 0], paths[(Dictionary<string, object?>)shared]);
    }

    [Fact]
    public void Paths_stay_those_of_collection_after_the_fetch_merged_into_its_objects()
    {
        var data = EntityBatchTests.Data("""{"list":[{"__typename":"Product","upc":"1"},{"__typename":"Product","upc":"1"}]}""");
        var fetch = EntityBatchTests.ProductFetch(["list"]);
        var batch = EntityBatch.Collect(fetch, data);
        var response = new MergedResponse();
        foreach (var (key, value) in data)
        {
            response.Data[key] = value;
        }

        response.MergeEntities(batch, [new Dictionary<string, object?> { ["name"] = "Table" }], replaceTypeName: false);
        var paths = response.FindPaths(fetch, Set([.. batch.TargetsOf(0)]));

        Assert.Equal(["list", 0], paths[batch.Targets[0]]);
        Assert.Equal(["list", 1], paths[batch.Targets[1]]);
        Assert.All(batch.Targets, target => Assert.Equal("Table", target["name"]));
    }

    private static HashSet<Dictionary<string, object?>> Set(params Dictionary<string, object?>[] entities) =>
        new(entities, ReferenceEqualityComparer.Instance);
}
