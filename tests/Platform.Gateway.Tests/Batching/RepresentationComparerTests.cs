using System.Text.Json;
using Platform.Gateway.Execution;
using Platform.Gateway.Execution.Batching;

namespace Platform.Gateway.Tests.Batching;

/// <summary>Representations are the same entity exactly when their JSON text is the same.</summary>
public sealed class RepresentationComparerTests
{
    [Fact]
    public void Objects_with_the_same_keys_in_the_same_order_are_equal_and_hash_alike()
    {
        var x = Map(("__typename", "Product"), ("upc", "1"), ("sku", 7));
        var y = Map(("__typename", "Product"), ("upc", "1"), ("sku", 7));

        Assert.True(RepresentationComparer.Instance.Equals(x, y));
        Assert.Equal(RepresentationComparer.Instance.GetHashCode(x), RepresentationComparer.Instance.GetHashCode(y));
    }

    [Fact]
    public void Key_order_counts_as_it_does_in_json_text()
    {
        var x = Map(("upc", "1"), ("sku", 7));
        var y = Map(("sku", 7), ("upc", "1"));

        Assert.False(RepresentationComparer.Instance.Equals(x, y));
        Assert.NotEqual(JsonSerializer.Serialize(x), JsonSerializer.Serialize(y));
    }

    [Fact]
    public void Nested_objects_and_lists_compare_by_content()
    {
        var x = Map(("owner", Map(("id", "u1"), ("tags", List("a", "b")))));
        var same = Map(("owner", Map(("id", "u1"), ("tags", List("a", "b")))));
        var otherNestedValue = Map(("owner", Map(("id", "u2"), ("tags", List("a", "b")))));
        var otherListOrder = Map(("owner", Map(("id", "u1"), ("tags", List("b", "a")))));
        var shorterList = Map(("owner", Map(("id", "u1"), ("tags", List("a")))));
        var missingNestedKey = Map(("owner", Map(("id", "u1"))));

        Assert.True(RepresentationComparer.Instance.Equals(x, same));
        Assert.Equal(RepresentationComparer.HashOf(x), RepresentationComparer.HashOf(same));
        Assert.False(RepresentationComparer.Instance.Equals(x, otherNestedValue));
        Assert.False(RepresentationComparer.Instance.Equals(x, otherListOrder));
        Assert.False(RepresentationComparer.Instance.Equals(x, shorterList));
        Assert.False(RepresentationComparer.Instance.Equals(x, missingNestedKey));
    }

    [Fact]
    public void Numbers_written_alike_are_equal_whatever_their_clr_type()
    {
        Assert.True(RepresentationComparer.ValuesEqual(1, 1L));
        Assert.True(RepresentationComparer.ValuesEqual(1, 1.0));
        Assert.True(RepresentationComparer.ValuesEqual(1L, 1.0));
        Assert.Equal(RepresentationComparer.HashOf(1), RepresentationComparer.HashOf(1.0));
        Assert.Equal(RepresentationComparer.HashOf(1), RepresentationComparer.HashOf(1L));
        Assert.False(RepresentationComparer.ValuesEqual(1, 1.5));
        Assert.False(RepresentationComparer.ValuesEqual(1, 2L));
    }

    [Fact]
    public void Strings_never_equal_numbers_booleans_or_null_and_compare_ordinally()
    {
        Assert.False(RepresentationComparer.ValuesEqual("1", 1));
        Assert.False(RepresentationComparer.ValuesEqual("true", true));
        Assert.False(RepresentationComparer.ValuesEqual("null", null));
        Assert.False(RepresentationComparer.ValuesEqual("é", "e\u0301"));
        Assert.False(RepresentationComparer.ValuesEqual("a", "A"));
        Assert.True(RepresentationComparer.ValuesEqual(null, null));
        Assert.False(RepresentationComparer.ValuesEqual(null, 0));
        Assert.False(RepresentationComparer.ValuesEqual(Map(("id", null)), Map(("id", "x"))));
        Assert.True(RepresentationComparer.ValuesEqual(Map(("id", null)), Map(("id", null))));
    }

    /// <summary>Every pair of a set of awkward values: equal exactly when the JSON writer writes the same text.</summary>
    [Fact]
    public void Equality_agrees_with_json_text_for_every_pair_of_values()
    {
        object?[] values =
        [
            null, true, false, "", "1", "a", "A", 0, 1, -1, 0L, 1L, -1L, 0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e15, 1e16, 1e20, 1e-7,
            123456789012345.0, 123456789012345L, 1000000000000000L, 9007199254740993L, 9007199254740992.0, 9007199254740992L, long.MaxValue, (double)long.MaxValue, int.MinValue,
            1m, 1.0m, 1.5m, 0.1m, 100000000000000000000m, 1.5f, 0.1f, 2f, (short)1, (byte)2, ulong.MaxValue, uint.MaxValue, 4294967295L,
            List(), List(1), List(1L), List(1.0), List("1"), Map(), Map(("a", 1)), Map(("a", 1.0)), Map(("a", "1")), Map(("b", 1)),
            Guid.Empty, Guid.Empty.ToString(),
        ];

        foreach (var x in values)
        {
            foreach (var y in values)
            {
                var sameText = JsonSerializer.Serialize(x) == JsonSerializer.Serialize(y);
                Assert.True(sameText == RepresentationComparer.ValuesEqual(x, y), $"{Describe(x)} vs {Describe(y)}: text equal {sameText}");
                if (sameText)
                {
                    Assert.True(RepresentationComparer.HashOf(x) == RepresentationComparer.HashOf(y), $"hash of {Describe(x)} vs {Describe(y)}");
                }
            }
        }
    }

    private static string Describe(object? value) => value is null ? "null" : $"{value.GetType().Name} {JsonSerializer.Serialize(value)}";

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map;
    }

    private static List<object?> List(params object?[] items) => [.. items];
}
