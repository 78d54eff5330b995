namespace Platform.GraphQL.Federation.Compatibility;

/// <summary>Applies <c>@custom</c>, the directive the subgraph composes into the supergraph.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CustomAttribute() : GraphQLDirectiveAttribute("custom");

[Custom]
[Key("id")]
[Key("sku package")]
[Key("sku variation { id }")]
public sealed record Product(
    [property: ID] string Id,
    string? Sku,
    string? Package,
    ProductVariation? Variation,
    ProductDimension? Dimensions,
    IReadOnlyList<ProductResearch> Research,
    [property: Provides("totalProductsCreated")] User? CreatedBy,
    [property: Tag("internal")] string? Notes)
{
    /// <summary>Any of the three keys: <c>id</c>, <c>sku package</c>, <c>sku variation { id }</c>.</summary>
    public static Product? ResolveReference([ID] string? id, string? sku, string? package, VariationKey? variation) =>
        ProductsData.Products.FirstOrDefault(product =>
            id is not null ? product.Id == id
            : variation is not null ? product.Sku == sku && product.Variation?.Id == variation.Id
            : product.Sku == sku && product.Package == package);
}

/// <summary>The <c>variation { id }</c> part of a representation.</summary>
public sealed record VariationKey([property: ID] string Id);

[Key("sku package")]
public sealed record DeprecatedProduct(string Sku, string Package, string? Reason, User? CreatedBy)
{
    public static DeprecatedProduct? ResolveReference(string sku, string package) =>
        ProductsData.DeprecatedProduct.Sku == sku && ProductsData.DeprecatedProduct.Package == package ? ProductsData.DeprecatedProduct : null;
}

public sealed record ProductVariation([property: ID] string Id);

[Key("study { caseNumber }")]
public sealed record ProductResearch(CaseStudy Study, string? Outcome)
{
    public static ProductResearch? ResolveReference(CaseNumberKey study) =>
        ProductsData.Research.FirstOrDefault(research => research.Study.CaseNumber == study.CaseNumber);
}

/// <summary>The <c>study { caseNumber }</c> part of a representation.</summary>
public sealed record CaseNumberKey([property: ID] string CaseNumber);

public sealed record CaseStudy([property: ID] string CaseNumber, string? Description);

[Shareable]
public sealed record ProductDimension(string? Size, double? Weight, [property: Inaccessible] string? Unit);
