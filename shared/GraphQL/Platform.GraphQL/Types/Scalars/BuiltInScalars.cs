namespace Platform.GraphQL.Types;

/// <summary>STUB — replaced by the Types work (graphql-js coercion rules). The five specified scalars, one instance each.</summary>
public static class BuiltInScalars
{
    public static readonly ScalarType Int = new("Int");

    public static readonly ScalarType Float = new("Float");

    public static readonly ScalarType String = new("String");

    public static readonly ScalarType Boolean = new("Boolean");

    public static readonly ScalarType ID = new("ID");

    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];
}
