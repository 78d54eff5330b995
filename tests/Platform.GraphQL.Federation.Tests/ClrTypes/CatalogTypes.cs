namespace Platform.GraphQL.Federation.Tests.ClrTypes;

public sealed class CatalogQuery
{
    public Product? GetProduct(string id, Catalog catalog) => catalog.Find(id, null, null);

    public IInventory? GetInventory(string id) => IInventory.ResolveReference(id);
}

/// <summary>A custom directive the subgraph composes into the supergraph.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CustomAttribute() : GraphQLDirectiveAttribute("custom");

[Custom]
[Key("id")]
[Key("sku package")]
public sealed record Product([property: ID] string Id, string Sku, string Package)
{
    [Shareable]
    public string? Name { get; init; }

    [Tag("internal")]
    [Inaccessible]
    public string? Notes => null;

    [Provides("totalProductsCreated")]
    public User CreatedBy => new("ada@example.org", 1337, null);

    public static Product? ResolveReference(string? id, string? sku, string? package, Catalog catalog, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return catalog.Find(id, sku, package);
    }
}

[Key("email")]
public sealed record User([property: ID] string Email, [property: External] int? TotalProductsCreated, [property: External] int? YearsOfEmployment)
{
    [Override("users")]
    public string Name => "Jane Smith";

    [Requires("totalProductsCreated yearsOfEmployment")]
    public int? AverageProductsCreatedPerYear => TotalProductsCreated / YearsOfEmployment;

    public static User ResolveReference(string email, int? totalProductsCreated, int? yearsOfEmployment) =>
        new(email, totalProductsCreated, yearsOfEmployment);
}

[Key("study { caseNumber }")]
public sealed record ProductResearch(CaseStudy Study, string? Outcome)
{
    public static ProductResearch ResolveReference(CaseStudyKey study) => new(new CaseStudy(study.CaseNumber, "Study " + study.CaseNumber), null);
}

public sealed record CaseStudy([property: ID] string CaseNumber, string? Description);

/// <summary>The nested key of <see cref="ProductResearch"/>, as its reference resolver reads it.</summary>
public sealed record CaseStudyKey(string CaseNumber);

[Key("id")]
public sealed record Review([property: ID] string Id, string Body);

/// <summary>Review's reference resolver lives on a class extending its type and loads through a DataLoader.</summary>
[ExtendObjectType(typeof(Review))]
public sealed class ReviewReferences
{
    [ReferenceResolver]
    public Task<Review?> LoadAsync(string id, ReviewByIdLoader reviews) => reviews.LoadAsync(id);
}

[Key("id")]
public interface IInventory
{
    [ID]
    string Id { get; }

    static IInventory? ResolveReference(string id) => id.StartsWith("oss", StringComparison.Ordinal) ? new OpenSourceInventory(id) : null;
}

[Key("id")]
public sealed record OpenSourceInventory([property: ID] string Id) : IInventory
{
    public string License => "MIT";

    public static OpenSourceInventory ResolveReference(string id) => new(id);
}

[Key("id")]
[InterfaceObject]
public sealed record Media([property: ID] string Id)
{
    public int Reviews => Id.Length;

    public static Media ResolveReference(string id) => new(id);
}
