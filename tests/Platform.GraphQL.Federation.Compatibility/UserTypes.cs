namespace Platform.GraphQL.Federation.Compatibility;

/// <summary>The users subgraph's entity, extended here: its name is taken over, its average computed from required fields.</summary>
[Key("email")]
public sealed record User(
    [property: ID] string Email,
    [property: External] int? TotalProductsCreated,
    [property: External] int YearsOfEmployment)
{
    [Override("users")]
    public string? Name => "Jane Smith";

    [Requires("totalProductsCreated yearsOfEmployment")]
    public int? AverageProductsCreatedPerYear =>
        TotalProductsCreated is { } total && YearsOfEmployment > 0 ? (int)Math.Round((double)total / YearsOfEmployment) : null;

    public static User ResolveReference([ID] string email, int? totalProductsCreated, int? yearsOfEmployment) =>
        email == ProductsData.User.Email
            ? ProductsData.User with { TotalProductsCreated = totalProductsCreated ?? ProductsData.User.TotalProductsCreated, YearsOfEmployment = yearsOfEmployment ?? ProductsData.User.YearsOfEmployment }
            : new User(email, totalProductsCreated, yearsOfEmployment ?? 0);
}

/// <summary>The inventory subgraph's entity interface, seen here as an object type that adds a field to every implementation.</summary>
[Key("id")]
[InterfaceObject]
public sealed record Inventory([property: ID] string Id)
{
    public IReadOnlyList<DeprecatedProduct> DeprecatedProducts => [ProductsData.DeprecatedProduct];

    public static Inventory ResolveReference([ID] string id) => new(id);
}
