namespace Platform.Gateway.Execution;

/// <summary>Plain values read from module answers (maps, lists, scalars).</summary>
internal static class AnswerValues
{
    /// <summary>A copy with maps and lists of its own; scalars (immutable) and error markers are shared.</summary>
    public static object? Copy(object? value)
    {
        switch (value)
        {
            case Dictionary<string, object?> map:
                var mapCopy = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
                foreach (var (key, item) in map)
                {
                    mapCopy[key] = Copy(item);
                }

                return mapCopy;
            case List<object?> list:
                var listCopy = new List<object?>(list.Count);
                foreach (var item in list)
                {
                    listCopy.Add(Copy(item));
                }

                return listCopy;
            default:
                return value;
        }
    }
}
