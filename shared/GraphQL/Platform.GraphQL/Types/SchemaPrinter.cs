namespace Platform.GraphQL.Types;

/// <summary>STUB — replaced by the Types work. graphql-js <c>printSchema</c>.</summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema) => throw new NotImplementedException();
}
