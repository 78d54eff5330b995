namespace Platform.GraphQL.Federation.Compatibility;

/// <summary>The suite's expected data set (COMPATIBILITY.md, "Expected Data Sets").</summary>
public static class ProductsData
{
    public static readonly ProductDimension Dimension = new("small", 1, "kg");

    public static readonly User User = new("support@apollographql.com", 1337, 10);

    public static readonly DeprecatedProduct DeprecatedProduct = new("apollo-federation-v1", "@apollo/federation-v1", "Migrate to Federation V2", User);

    public static readonly IReadOnlyList<ProductResearch> Research =
    [
        new(new CaseStudy("1234", "Federation Study"), null),
        new(new CaseStudy("1235", "Studio Study"), null),
    ];

    public static readonly IReadOnlyList<Product> Products =
    [
        new("apollo-federation", "federation", "@apollo/federation", new ProductVariation("OSS"), Dimension, [Research[0]], User, null),
        new("apollo-studio", "studio", "", new ProductVariation("platform"), Dimension, [Research[1]], User, null),
    ];
}
