namespace Platform.GraphQL.Types;

/// <summary>The five specified scalars, one instance each, with graphql-js 17's coercion rules and messages.</summary>
public static class BuiltInScalars
{
    public static readonly ScalarType Int = new IntScalar();

    public static readonly ScalarType Float = new FloatScalar();

    public static readonly ScalarType String = new StringScalar();

    public static readonly ScalarType Boolean = new BooleanScalar();

    public static readonly ScalarType ID = new IdScalar();

    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsBuiltIn(NamedType type) =>
        ReferenceEquals(type, Int) || ReferenceEquals(type, Float) || ReferenceEquals(type, String)
        || ReferenceEquals(type, Boolean) || ReferenceEquals(type, ID);
}
