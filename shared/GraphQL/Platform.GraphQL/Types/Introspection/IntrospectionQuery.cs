namespace Platform.GraphQL.Types;

/// <summary>Options of graphql-js <c>getIntrospectionQuery</c>.</summary>
public sealed record IntrospectionQueryOptions(
    bool Descriptions = true,
    bool SpecifiedByUrl = false,
    bool DirectiveIsRepeatable = false,
    bool SchemaDescription = false,
    bool InputValueDeprecation = false,
    bool OneOf = false);

/// <summary>STUB — replaced by the Types work. The text of graphql-js <c>getIntrospectionQuery</c>.</summary>
public static class IntrospectionQuery
{
    public static string Build(IntrospectionQueryOptions? options = null) => throw new NotImplementedException();
}
