namespace Platform.Gateway.Tests.Reading;

/// <summary>Structural equality of plain values that also demands the same runtime types and key order.</summary>
internal static class ValueComparison
{
    public static void AssertSame(object? expected, object? actual, string at)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{at}: expected {expected ?? "null"}, got {actual ?? "null"}");
            return;
        }

        Assert.True(expected.GetType() == actual.GetType(), $"{at}: expected a {expected.GetType().Name} ({expected}), got a {actual.GetType().Name} ({actual})");
        switch (expected)
        {
            case Dictionary<string, object?> map:
                var other = (Dictionary<string, object?>)actual;
                Assert.True(ReferenceEquals(map.Comparer, other.Comparer), $"{at}: the key comparer differs");
                Assert.Equal(map.Keys, other.Keys);
                foreach (var (key, value) in map)
                {
                    AssertSame(value, other[key], $"{at}.{key}");
                }

                break;
            case List<object?> list:
                var items = (List<object?>)actual;
                Assert.True(list.Count == items.Count, $"{at}: expected {list.Count} items, got {items.Count}");
                for (var i = 0; i < list.Count; i++)
                {
                    AssertSame(list[i], items[i], $"{at}[{i}]");
                }

                break;
            case double d:
                Assert.True(BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits((double)actual), $"{at}: expected {d:R}, got {actual:R}");
                break;
            default:
                Assert.True(expected.Equals(actual), $"{at}: expected {expected}, got {actual}");
                break;
        }
    }
}
