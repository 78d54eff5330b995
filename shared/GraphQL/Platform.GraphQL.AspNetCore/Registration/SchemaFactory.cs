using Platform.GraphQL.Types;

namespace Platform.GraphQL.AspNetCore.Registration;

/// <summary>Builds the schema from what was registered, binds resolvers and validates it; any error fails startup.</summary>
internal static class SchemaFactory
{
    /// <param name="isService">The container's check for resolver parameters that are services (C# types only).</param>
    /// <exception cref="SchemaException">The definition does not make a valid schema.</exception>
    public static Schema Create(SchemaDefinition definition, Func<Type, bool>? isService = null)
    {
        var schema = Build(definition, isService);
        foreach (var binding in definition.Resolvers)
        {
            Bind(schema, binding);
        }

        foreach (var configure in definition.SchemaConfigurations)
        {
            configure(schema);
        }

        // SchemaValidator remembers its verdict per schema: a C#-typed schema was already validated by
        // ClrSchemaBuilder, so ConfigureSchema changes to it are trusted, as resolver bindings are.
        var errors = SchemaValidator.Validate(schema);
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }

        return schema;
    }

    private static Schema Build(SchemaDefinition definition, Func<Type, bool>? isService)
    {
        var documents = WithDerivedDocuments(definition);
        if (definition.ClrTypes.Count > 0)
        {
            var schema = ClrSchemaFactory.Build(definition, documents, isService);
            foreach (var derive in definition.DerivedClrSchemas)
            {
                schema = derive(schema, isService);
            }

            return schema;
        }

        if (documents.Count == 0)
        {
            throw new SchemaException(
                "No schema was registered: call AddDocumentFromString or AddQueryType<T>() on AddGraphQLServer().");
        }

        return SchemaBuilder.Build(string.Join("\n", documents));
    }

    /// <summary>The registered documents and, when there are any, the documents derived from them.</summary>
    private static List<string> WithDerivedDocuments(SchemaDefinition definition)
    {
        var documents = new List<string>(definition.Documents);
        if (documents.Count > 0)
        {
            foreach (var derive in definition.DerivedDocuments)
            {
                documents.AddRange(derive(definition.Documents));
            }
        }

        return documents;
    }

    private static void Bind(Schema schema, ResolverBinding binding)
    {
        var type = schema.GetType(binding.TypeName) as ObjectType
            ?? throw new SchemaException($"AddResolver(\"{binding.TypeName}\", \"{binding.FieldName}\"): the schema has no object type \"{binding.TypeName}\".");
        if (!type.Fields.TryGetValue(binding.FieldName, out var field))
        {
            throw new SchemaException($"AddResolver(\"{binding.TypeName}\", \"{binding.FieldName}\"): type \"{binding.TypeName}\" has no field \"{binding.FieldName}\".");
        }

        if (binding.Resolver is not null)
        {
            field.Resolver = binding.Resolver;
        }

        if (binding.Subscriber is not null)
        {
            field.Subscriber = binding.Subscriber;
        }
    }
}
