using System.Collections;
using System.Text.Json;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

internal sealed partial class OperationExecutor
{
    private object CompleteObject(
        ObjectType type, FieldGroup group, ObjectType parentType, ResponsePath? parentPath, object key, object result, ResolveFieldContext? context)
    {
        if (type.IsTypeOf is { } isTypeOf
            && !isTypeOf(result, context ?? CreateContext(parentType, null, group, parentPath)))
        {
            throw new GraphQLError($"Expected value of type \"{type.Name}\" but got: {ValueInspector.Inspect(result)}.", group.Nodes);
        }

        var subfields = CollectFields.CollectSubfields(this, type, group);
        return ExecuteFields(type, result, new ResponsePath(parentPath, key), subfields);
    }

    private object CompleteAbstract(
        IAbstractType type, FieldGroup group, ObjectType parentType, ResponsePath? parentPath, object key, object result, ResolveFieldContext? context)
    {
        var runtimeType = ResolveRuntimeType(type, group, parentType, parentPath, result, ref context);
        if (Awaitables.TryUnwrap(runtimeType, out var awaited, out var pending))
        {
            if (pending is not null)
            {
                return new PendingValue(CompleteResolvedAbstractAsync(pending, type, group, parentType, parentPath, key, result, context));
            }

            runtimeType = awaited;
        }

        var objectType = EnsureValidRuntimeType(runtimeType, type, group, parentType, result);
        return CompleteObject(objectType, group, parentType, parentPath, key, result, context);
    }

    private async Task<object?> CompleteResolvedAbstractAsync(
        Task<object?> pending, IAbstractType type, FieldGroup group, ObjectType parentType, ResponsePath? parentPath, object key, object result, ResolveFieldContext? context)
    {
        var runtimeType = await pending.ConfigureAwait(false);
        object completed;
        EnterWork();
        try
        {
            CancellationToken.ThrowIfCancellationRequested();
            var objectType = EnsureValidRuntimeType(runtimeType, type, group, parentType, result);
            completed = CompleteObject(objectType, group, parentType, parentPath, key, result, context);
        }
        finally
        {
            ExitWork();
        }

        return completed is PendingValue running ? await running.Task.ConfigureAwait(false) : completed;
    }

    /// <summary>
    /// The type's <c>ResolveType</c>, else graphql-js's default type resolver (the value's <c>__typename</c>, then
    /// each possible type's <c>IsTypeOf</c>), else the CLR type's name when an object type has that name.
    /// </summary>
    private object? ResolveRuntimeType(
        IAbstractType type, FieldGroup group, ObjectType parentType, ResponsePath? parentPath, object result, ref ResolveFieldContext? context)
    {
        if (type.ResolveType is { } resolveType)
        {
            context ??= CreateContext(parentType, null, group, parentPath);
            return resolveType(result, context, type);
        }

        switch (result)
        {
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("__typename", out var name) && name is string typeName:
                return typeName;
            case IDictionary<string, object?> map when map.TryGetValue("__typename", out var name) && name is string typeName:
                return typeName;
            case JsonElement { ValueKind: JsonValueKind.Object } element
                when element.TryGetProperty("__typename", out var name) && name.ValueKind == JsonValueKind.String:
                return name.GetString();
        }

        foreach (var possibleType in Schema.GetPossibleTypes((NamedType)type))
        {
            if (possibleType.IsTypeOf is { } isTypeOf && isTypeOf(result, context ??= CreateContext(parentType, null, group, parentPath)))
            {
                return possibleType.Name;
            }
        }

        if (result is not IEnumerable && result is not JsonElement
            && Schema.GetType(result.GetType().Name) is ObjectType clrNamed)
        {
            return clrNamed.Name;
        }

        return null;
    }

    private ObjectType EnsureValidRuntimeType(object? runtimeType, IAbstractType type, FieldGroup group, ObjectType parentType, object result)
    {
        if (runtimeType is null)
        {
            throw new GraphQLError(
                $"Abstract type \"{type.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{group.Definition.Name}\". Either the \"{type.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                group.Nodes);
        }

        var typeName = runtimeType switch
        {
            string name => name,
            NamedType named => named.Name,
            _ => throw new GraphQLError(
                $"Abstract type \"{type.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{group.Definition.Name}\" with value {ValueInspector.Inspect(result)}, received \"{ValueInspector.Inspect(runtimeType)}\", which is not a valid Object type name."),
        };

        var resolved = Schema.GetType(typeName) ?? throw new GraphQLError(
            $"Abstract type \"{type.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.",
            group.Nodes);
        if (resolved is not ObjectType objectType)
        {
            throw new GraphQLError($"Abstract type \"{type.Name}\" was resolved to a non-object type \"{typeName}\".", group.Nodes);
        }

        if (!Schema.IsSubType((NamedType)type, objectType))
        {
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{type.Name}\".", group.Nodes);
        }

        return objectType;
    }
}
