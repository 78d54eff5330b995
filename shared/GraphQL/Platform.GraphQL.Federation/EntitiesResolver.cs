using System.Runtime.CompilerServices;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation;

/// <summary>
/// <c>Query._entities</c>: one result per representation, in order. Each is resolved by its type's reference resolver
/// (without one, an entity object type's representation is the entity itself); all are started before any is awaited.
/// The <c>_Entity</c> type of a result is its representation's typename, or, for an entity interface, the object type
/// the interface resolves the loaded value to.
/// </summary>
internal sealed class EntitiesResolver(
    Schema schema, IReadOnlySet<string> entityTypes, IReadOnlyDictionary<string, ReferenceResolver> resolvers)
{
    private readonly ConditionalWeakTable<object, string> _typeNames = [];

    public object? Resolve(IResolveFieldContext context)
    {
        var representations = context.Arguments["representations"] as IEnumerable<object?> ?? [];
        return representations.Select(representation => ResolveOne(representation, context)).ToList();
    }

    public object? ResolveType(object? value, IResolveFieldContext context, IAbstractType abstractType)
    {
        if (value is not null && _typeNames.TryGetValue(value, out var typeName))
        {
            return typeName;
        }

        return value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var name) ? name as string : null;
    }

    private Task<object?> ResolveOne(object? value, IResolveFieldContext context)
    {
        if (value is not IReadOnlyDictionary<string, object?> representation
            || !representation.TryGetValue("__typename", out var name) || name is not string typeName)
        {
            return Task.FromException<object?>(new GraphQLError("A representation passed to _entities must be an object with a \"__typename\" string."));
        }

        var type = schema.GetType(typeName);
        var isEntityInterface = type is InterfaceType && entityTypes.Contains(typeName);
        if (!resolvers.TryGetValue(typeName, out var resolver))
        {
            if (type is ObjectType && entityTypes.Contains(typeName))
            {
                return CompleteAsync(representation, typeName, null, context);
            }

            return Task.FromException<object?>(new GraphQLError(
                $"The _entities resolver tried to load an entity for type \"{typeName}\", but no entity type of that name with a reference resolver was found in the schema."));
        }

        try
        {
            return CompleteAsync(resolver(representation, context), typeName, isEntityInterface ? (InterfaceType)type! : null, context);
        }
        catch (Exception exception)
        {
            return Task.FromException<object?>(exception);
        }
    }

    private async Task<object?> CompleteAsync(object? result, string typeName, InterfaceType? entityInterface, IResolveFieldContext context)
    {
        var entity = await AwaitAsync(result).ConfigureAwait(false);
        if (entity is not null)
        {
            _typeNames.AddOrUpdate(entity, entityInterface is null ? typeName : ConcreteType(entity, entityInterface, context));
        }

        return entity;
    }

    /// <summary>The object type of a value an entity interface's reference resolver loaded.</summary>
    private string ConcreteType(object entity, InterfaceType entityInterface, IResolveFieldContext context)
    {
        if (entity is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var name) && name is string typeName)
        {
            return typeName;
        }

        switch (entityInterface.ResolveType?.Invoke(entity, context, entityInterface))
        {
            case string resolved:
                return resolved;
            case ObjectType objectType:
                return objectType.Name;
        }

        foreach (var candidate in schema.GetPossibleTypes(entityInterface))
        {
            if (candidate.IsTypeOf?.Invoke(entity, context) == true)
            {
                return candidate.Name;
            }
        }

        throw new GraphQLError(
            $"The reference resolver of the entity interface \"{entityInterface.Name}\" returned a value whose object type is unknown: "
            + "return a map with \"__typename\", or give the interface a type resolver.");
    }

    private static async Task<object?> AwaitAsync(object? result)
    {
        switch (result)
        {
            case Task task:
                await task.ConfigureAwait(false);
                return task.GetType().IsGenericType ? task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
            case ValueTask<object?> valueTask:
                return await valueTask.ConfigureAwait(false);
            case ValueTask valueTask:
                await valueTask.ConfigureAwait(false);
                return null;
            case not null when result.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ValueTask<>):
                return await AwaitAsync(type.GetMethod(nameof(ValueTask<object>.AsTask))!.Invoke(result, null)).ConfigureAwait(false);
            default:
                return result;
        }
    }
}
