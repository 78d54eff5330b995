namespace Platform.GraphQL.Federation.Compatibility;

public sealed class Query
{
    public Product? GetProduct([ID] string id) => ProductsData.Products.FirstOrDefault(product => product.Id == id);

    [GraphQLDeprecated("Use product query instead")]
    public DeprecatedProduct? GetDeprecatedProduct(string sku, string package) =>
        ProductsData.DeprecatedProduct.Sku == sku && ProductsData.DeprecatedProduct.Package == package ? ProductsData.DeprecatedProduct : null;
}
