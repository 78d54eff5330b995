using System.Text.Json;
using Platform.Gateway.Execution;
using Platform.Gateway.Execution.Reading;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Tests.Reading;

/// <summary>The gateway's one-pass reader against what it replaced: JsonDocument (from a stream) + JsonValues.ToValue.</summary>
public sealed class ModuleJsonReaderTests
{
    [Fact]
    public async Task Every_corpus_body_reads_to_the_same_values_of_the_same_types_as_JsonDocument_and_ToValue()
    {
        var compared = 0;
        var invalid = 0;
        foreach (var (name, utf8) in JsonCorpus.All())
        {
            var (expectedValid, expected) = await ReferenceAsync(utf8);
            var valid = ModuleJsonReader.TryRead(utf8, new Utf8NameCache(), out var actual);

            Assert.True(expectedValid == valid, $"{name}: JsonDocument says {(expectedValid ? "valid" : "invalid")}, the reader {(valid ? "valid" : "invalid")}.");
            if (valid)
            {
                ValueComparison.AssertSame(expected, actual, name);
                compared++;
            }
            else
            {
                Assert.Null(actual);
                invalid++;
            }
        }

        // The corpus must exercise both sides, or the comparison proves little.
        Assert.True(compared > 300, $"only {compared} valid bodies");
        Assert.True(invalid > 30, $"only {invalid} invalid bodies");
    }

    [Fact]
    public void The_same_names_read_from_two_answers_are_one_string_instance()
    {
        var names = new Utf8NameCache();
        var first = Read("{\"data\":{\"product\":{\"__typename\":\"Product\",\"upc\":\"1\"}}}", names);
        var second = Read("{\"data\":{\"product\":{\"__typename\":\"Product\",\"upc\":\"1\"}}}", names);

        Assert.Same(KeyOf(first, "data"), KeyOf(second, "data"));
        var firstProduct = Product(first);
        var secondProduct = Product(second);
        Assert.Same(KeyOf(firstProduct, "upc"), KeyOf(secondProduct, "upc"));
        Assert.Same(firstProduct["__typename"], secondProduct["__typename"]);
    }

    [Fact]
    public void Values_other_than_type_names_are_never_shared_between_answers()
    {
        var names = new Utf8NameCache();
        var first = Product(Read("{\"data\":{\"product\":{\"upc\":\"secret\",\"name\":\"Product\"}}}", names));
        var second = Product(Read("{\"data\":{\"product\":{\"upc\":\"secret\",\"name\":\"Product\"}}}", names));

        Assert.Equal("secret", first["upc"]);
        Assert.NotSame(first["upc"], second["upc"]);
        Assert.NotSame(first["name"], second["name"]);
    }

    [Fact]
    public void Escaped_and_long_names_are_read_right_without_the_cache()
    {
        var names = new Utf8NameCache();
        var longName = new string('n', Utf8NameCache.MaxNameBytes + 1);
        var json = $"{{\"\\u0069d\":1,\"{longName}\":2}}";
        var first = Read(json, names);
        var second = Read(json, names);

        Assert.Equal(["id", longName], first.Keys);
        Assert.NotSame(KeyOf(first, "id"), KeyOf(second, "id"));
        Assert.NotSame(KeyOf(first, longName), KeyOf(second, longName));
    }

    [Fact]
    public async Task Names_that_collide_in_a_one_slot_cache_replace_each_other_and_stay_right()
    {
        var names = new Utf8NameCache(size: 1);
        var utf8 = "{\"alpha\":{\"beta\":[{\"gamma\":1,\"__typename\":\"Delta\"}]},\"alpha2\":null}"u8.ToArray();
        var (_, expected) = await ReferenceAsync(utf8);
        for (var round = 0; round < 3; round++)
        {
            Assert.True(ModuleJsonReader.TryRead(utf8, names, out var actual));
            ValueComparison.AssertSame(expected, actual, $"round {round}");
        }
    }

    [Fact]
    public async Task Threads_sharing_a_small_cache_all_read_their_own_names()
    {
        var names = new Utf8NameCache(size: 4);
        var readers = Enumerable.Range(0, 4).Select(thread => Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                var key = $"field{thread}_{i % 17}";
                var map = Read($"{{\"{key}\":{i},\"__typename\":\"T{thread}\"}}", names);
                Assert.Equal(i, map[key]);
                Assert.Equal($"T{thread}", map["__typename"]);
            }
        }));

        await Task.WhenAll(readers);
    }

    private static async Task<(bool Valid, object? Value)> ReferenceAsync(byte[] utf8)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(new MemoryStream(utf8));
            return (true, JsonValues.ToValue(document.RootElement));
        }
        catch (Exception notJson) when (notJson is JsonException or InvalidOperationException)
        {
            return (false, null);
        }
    }

    private static Dictionary<string, object?> Read(string json, Utf8NameCache names)
    {
        Assert.True(ModuleJsonReader.TryRead(System.Text.Encoding.UTF8.GetBytes(json), names, out var value));
        return Assert.IsType<Dictionary<string, object?>>(value);
    }

    private static Dictionary<string, object?> Product(Dictionary<string, object?> response) =>
        (Dictionary<string, object?>)((Dictionary<string, object?>)response["data"]!)["product"]!;

    private static string KeyOf(Dictionary<string, object?> map, string name) => map.Keys.Single(key => key == name);
}
