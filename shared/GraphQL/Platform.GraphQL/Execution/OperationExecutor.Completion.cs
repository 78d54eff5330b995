using System.Collections;
using System.Text.Json;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

internal sealed partial class OperationExecutor
{
    /// <summary>
    /// graphql-js <c>completeValue</c>: shapes a resolved value by the field's type. The value's position is
    /// <paramref name="parentPath"/> + <paramref name="key"/>; path objects are only made where something needs them.
    /// </summary>
    private object? CompleteValue(
        GraphQLType type, FieldGroup group, ObjectType parentType, ResponsePath? parentPath, object key, object? result, ResolveFieldContext? context)
    {
        if (result is Exception error)
        {
            throw error;
        }

        if (type is NonNullType nonNull)
        {
            var completed = CompleteValue(nonNull.OfType, group, parentType, parentPath, key, result, context);
            return completed ?? throw new GraphQLError($"Cannot return null for non-nullable field {parentType.Name}.{group.Definition.Name}.");
        }

        if (result is null || result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            return null;
        }

        switch (type)
        {
            case ScalarType scalar:
                return scalar.Serialize(result) ?? throw new GraphQLError(
                    $"Expected `{scalar.Name}.coerceOutputValue({ValueInspector.Inspect(result)})` to return non-nullable value, returned: null");
            case EnumType enumType:
                return enumType.Serialize(result is JsonElement element ? JsonValues.ToScalarValue(element) : result);
            case ListType list:
                return CompleteList(list, group, parentType, parentPath, key, result, context);
            case ObjectType objectType:
                return CompleteObject(objectType, group, parentType, parentPath, key, result, context);
            case IAbstractType abstractType:
                return CompleteAbstract(abstractType, group, parentType, parentPath, key, result, context);
            default:
                throw new GraphQLError($"Cannot complete value of unexpected output type: {type}");
        }
    }

    private object? CompleteList(
        ListType type, FieldGroup group, ObjectType parentType, ResponsePath? parentPath, object key, object result, ResolveFieldContext? context)
    {
        if (result is not IList && AsyncItems.TryGet(result, out var asyncItems))
        {
            return new PendingValue(CompleteAsyncListAsync(type.OfType, group, parentType, new ResponsePath(parentPath, key), asyncItems, context));
        }

        var listPath = new ResponsePath(parentPath, key);
        object?[] values;
        var pendingCount = 0;
        if (result is IList list && result is not JsonElement && InputValueShapes.IsList(result))
        {
            values = new object?[list.Count];
            try
            {
                for (var i = 0; i < values.Length; i++)
                {
                    var value = CompleteListItem(type.OfType, group, parentType, listPath, i, list[i], context);
                    values[i] = value;
                    pendingCount += value is PendingValue ? 1 : 0;
                }
            }
            catch
            {
                PendingValue.Observe(values);
                throw;
            }
        }
        else
        {
            var items = result switch
            {
                JsonElement { ValueKind: JsonValueKind.Array } array => JsonItems(array),
                IEnumerable enumerable when InputValueShapes.IsList(result) => enumerable,
                _ => throw new GraphQLError($"Expected Iterable, but did not find one for field \"{parentType.Name}.{group.Definition.Name}\"."),
            };

            var completed = new List<object?>();
            try
            {
                foreach (var item in items)
                {
                    var value = CompleteListItem(type.OfType, group, parentType, listPath, completed.Count, item, context);
                    completed.Add(value);
                    pendingCount += value is PendingValue ? 1 : 0;
                }
            }
            catch
            {
                PendingValue.Observe(completed.ToArray());
                throw;
            }

            values = completed.ToArray();
        }

        return pendingCount == 0 ? values : new PendingValue(PendingValue.WhenAll(values, pendingCount, values));
    }

    private object? CompleteListItem(
        GraphQLType itemType, FieldGroup group, ObjectType parentType, ResponsePath listPath, int index, object? item, ResolveFieldContext? context)
    {
        var key = ResponsePath.Index(index);
        try
        {
            if (Awaitables.TryUnwrap(item, out var awaited, out var pending))
            {
                if (pending is not null)
                {
                    return new PendingValue(CompleteAwaitedItemAsync(pending, itemType, group, parentType, listPath, key, context));
                }

                item = awaited;
            }

            var completed = CompleteValue(itemType, group, parentType, listPath, key, item, context);
            return completed is PendingValue running
                ? new PendingValue(CatchFieldErrorAsync(running.Task, itemType, group, listPath, key))
                : completed;
        }
        catch (Exception error) when (error is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(error, itemType, group, new ResponsePath(listPath, key));
        }
    }

    private async Task<object?> CompleteAwaitedItemAsync(
        Task<object?> pending, GraphQLType itemType, FieldGroup group, ObjectType parentType, ResponsePath listPath, object key, ResolveFieldContext? context)
    {
        try
        {
            var resolved = await pending.ConfigureAwait(false);
            object? completed;
            EnterWork();
            try
            {
                CancellationToken.ThrowIfCancellationRequested();
                completed = CompleteValue(itemType, group, parentType, listPath, key, resolved, context);
            }
            finally
            {
                ExitWork();
            }

            return completed is PendingValue running ? await running.Task.ConfigureAwait(false) : completed;
        }
        catch (Exception error) when (error is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(error, itemType, group, new ResponsePath(listPath, key));
        }
    }

    private async Task<object?> CompleteAsyncListAsync(
        GraphQLType itemType, FieldGroup group, ObjectType parentType, ResponsePath listPath, IAsyncEnumerable<object?> items, ResolveFieldContext? context)
    {
        var completed = new List<object?>();
        var pendingCount = 0;
        var index = 0;
        await using (var enumerator = items.GetAsyncEnumerator(CancellationToken))
        {
            while (true)
            {
                bool hasNext;
                try
                {
                    hasNext = await enumerator.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception error) when (error is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
                {
                    throw Locate(error, group, listPath);
                }

                if (!hasNext)
                {
                    break;
                }

                object? value;
                EnterWork();
                try
                {
                    value = CompleteListItem(itemType, group, parentType, listPath, index++, enumerator.Current, context);
                }
                finally
                {
                    ExitWork();
                }

                completed.Add(value);
                if (value is PendingValue)
                {
                    pendingCount++;
                }
            }
        }

        var values = completed.ToArray();
        return pendingCount == 0 ? values : await PendingValue.WhenAll(values, pendingCount, values).ConfigureAwait(false);
    }

    private static IEnumerable JsonItems(JsonElement array)
    {
        foreach (var item in array.EnumerateArray())
        {
            yield return JsonValues.ToScalarValue(item);
        }
    }
}
