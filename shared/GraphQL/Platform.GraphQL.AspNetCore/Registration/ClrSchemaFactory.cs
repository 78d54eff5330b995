using Platform.GraphQL.Types;

namespace Platform.GraphQL.AspNetCore.Registration;

/// <summary>The implementation-first path: C# types (and any SDL documents) through the engine's CLR schema builder.</summary>
internal static class ClrSchemaFactory
{
    public static Schema Build(SchemaDefinition definition) =>
        throw new SchemaException("C# type registration (AddQueryType<T>() and friends) is not available in this build.");
}
