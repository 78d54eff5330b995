namespace Platform.Organization.Domain;

/// <summary>
/// The materialized path of a unit: the ids from its tree's root down to itself, each followed by <c>/</c> and the
/// whole led by <c>/</c> (<c>/a/b/c/</c>). A unit's subtree is every unit whose path starts with its path.
/// </summary>
public static class UnitPath
{
    private const char Separator = '/';

    public static string Root(string id) => $"{Separator}{id}{Separator}";

    public static string Child(string parentPath, string id) => $"{parentPath}{id}{Separator}";

    /// <summary>
    /// The least path greater than every path of the subtree at <paramref name="path"/> in byte order: paths hold only
    /// hex digits and '/', and '0' follows '/', so the subtree is exactly the paths in [path, SubtreeEnd(path)).
    /// </summary>
    public static string SubtreeEnd(string path) => path[..^1] + (char)(Separator + 1);

    /// <summary>The ids on the path from the root down to the unit itself.</summary>
    public static string[] Ids(string path) => path.Split(Separator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The ids of the unit's ancestors, root first (the unit itself left out).</summary>
    public static string[] AncestorIds(string path) => Ids(path)[..^1];

    /// <summary>Whether the unit with path <paramref name="path"/> lies in the subtree of the unit with id <paramref name="rootId"/> (itself included).</summary>
    public static bool IsWithin(string path, string rootId) =>
        path.Contains($"{Separator}{rootId}{Separator}", StringComparison.Ordinal);
}
