using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Platform.GraphQL.Execution;

/// <summary>
/// An object in the response data: the response keys of a collected selection set (shared by every object
/// completed from it) and this object's values, in selection order.
/// </summary>
internal sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;

    public ResultMap(CollectedFields fields)
    {
        _keys = fields.Keys;
        EncodedKeys = fields.EncodedKeys;
        Values = new object?[_keys.Length];
    }

    /// <summary>The keys as the response writer writes them (shared by every object of the selection set).</summary>
    public JsonEncodedText[] EncodedKeys { get; }

    /// <summary>The values by position; filled in while the object's fields complete.</summary>
    public object?[] Values { get; }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        value = index >= 0 ? Values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], Values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
