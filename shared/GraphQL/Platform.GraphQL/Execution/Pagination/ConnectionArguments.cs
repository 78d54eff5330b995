using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Pagination;

/// <summary>The Relay pagination arguments of a connection field: <c>first</c>/<c>after</c> forward, <c>last</c>/<c>before</c> backward.</summary>
public readonly record struct ConnectionArguments(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    /// <summary>The field's <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c> arguments (absent ones are null).</summary>
    public static ConnectionArguments From(IResolveFieldContext context)
    {
        var arguments = context.Arguments;
        return new ConnectionArguments(
            arguments.GetValueOrDefault("first") as int?,
            arguments.GetValueOrDefault("after") as string,
            arguments.GetValueOrDefault("last") as int?,
            arguments.GetValueOrDefault("before") as string);
    }

    /// <summary>
    /// The half-open range of positions the page covers in a connection of <paramref name="totalCount"/> items,
    /// per the specification's <c>ApplyCursorsToEdges</c> and <c>EdgesToReturn</c>; negative counts are GraphQL errors.
    /// </summary>
    internal PageWindow Resolve(int totalCount)
    {
        if (First < 0)
        {
            throw InvalidArgument("first");
        }

        if (Last < 0)
        {
            throw InvalidArgument("last");
        }

        var cursorStart = After is null ? 0 : Math.Min(OffsetCursor.Decode(After, "after") + 1, totalCount);
        var cursorEnd = Before is null ? totalCount : Math.Min(OffsetCursor.Decode(Before, "before"), totalCount);
        cursorEnd = Math.Max(cursorEnd, cursorStart);

        var start = cursorStart;
        var end = cursorEnd;
        if (First is { } first)
        {
            end = Math.Min(end, start + first);
        }

        if (Last is { } last)
        {
            start = Math.Max(start, end - last);
        }

        var hasPreviousPage = Last is { } l ? cursorEnd - cursorStart > l : cursorStart > 0;
        var hasNextPage = First is { } f ? cursorEnd - cursorStart > f : cursorEnd < totalCount;
        return new PageWindow(start, end - start, hasPreviousPage, hasNextPage);
    }

    private static GraphQLError InvalidArgument(string name) =>
        new($"Argument \"{name}\" must be a non-negative integer.", extensions: new Dictionary<string, object?> { ["code"] = "INVALID_PAGINATION_ARGUMENT" });
}

/// <summary>Which items a page holds: <see cref="Count"/> items from position <see cref="Offset"/>.</summary>
internal readonly record struct PageWindow(int Offset, int Count, bool HasPreviousPage, bool HasNextPage);
