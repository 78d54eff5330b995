using Platform.GraphQL.Types;

namespace Platform.GraphQL.AspNetCore.Registration;

/// <summary>The implementation-first path: C# types (and any SDL documents) through the engine's <see cref="ClrSchemaBuilder"/>.</summary>
internal static class ClrSchemaFactory
{
    /// <param name="documents">The SDL documents, derived ones included.</param>
    /// <param name="isService">The container's check for resolver parameters that are services.</param>
    public static Schema Build(SchemaDefinition definition, IReadOnlyList<string> documents, Func<Type, bool>? isService)
    {
        var builder = new ClrSchemaBuilder();
        if (isService is not null)
        {
            builder.UseServiceCheck(isService);
        }

        definition.IgnoredClrMembers.ForEach(ignore => builder.IgnoreMembers(ignore));
        foreach (var document in documents)
        {
            builder.AddDocument(document);
        }

        foreach (var (kind, type) in definition.ClrTypes)
        {
            _ = kind switch
            {
                ClrRegistrationKind.Query => builder.AddQueryType(type),
                ClrRegistrationKind.Mutation => builder.AddMutationType(type),
                ClrRegistrationKind.Subscription => builder.AddSubscriptionType(type),
                ClrRegistrationKind.Type => builder.AddType(type),
                ClrRegistrationKind.TypeExtension => builder.AddTypeExtension(type),
                _ => builder.BindResolvers(type),
            };
        }

        return builder.Build();
    }
}
