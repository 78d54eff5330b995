using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

internal sealed partial class OperationExecutor
{
    /// <summary>
    /// Executes an object's fields; returns the <see cref="ResultMap"/>, or a <see cref="PendingValue"/> for it when
    /// any field is still running. Synchronous fields never allocate a task.
    /// </summary>
    public object ExecuteFields(ObjectType parentType, object? source, ResponsePath? path, CollectedFields fields)
    {
        var map = new ResultMap(fields);
        var values = map.Values;
        var groups = fields.Groups;
        var pendingCount = 0;
        try
        {
            for (var i = 0; i < groups.Length; i++)
            {
                var value = ExecuteField(parentType, source, groups[i], path);
                values[i] = value;
                if (value is PendingValue)
                {
                    pendingCount++;
                }
            }
        }
        catch
        {
            if (pendingCount > 0)
            {
                PendingValue.Observe(values);
            }

            throw;
        }

        return pendingCount == 0 ? map : new PendingValue(PendingValue.WhenAll(values, pendingCount, map));
    }

    /// <summary>Mutation root fields: each field starts only after the previous one has completed.</summary>
    public object ExecuteFieldsSerially(ObjectType parentType, object? source, CollectedFields fields)
    {
        var map = new ResultMap(fields);
        for (var i = 0; i < fields.Groups.Length; i++)
        {
            var value = ExecuteField(parentType, source, fields.Groups[i], null);
            if (value is PendingValue pending)
            {
                return new PendingValue(ContinueSeriallyAsync(parentType, source, fields, map, i, pending.Task));
            }

            map.Values[i] = value;
        }

        return map;
    }

    private async Task<object?> ContinueSeriallyAsync(
        ObjectType parentType, object? source, CollectedFields fields, ResultMap map, int index, Task<object?> pending)
    {
        map.Values[index] = await pending.ConfigureAwait(false);
        for (var i = index + 1; i < fields.Groups.Length; i++)
        {
            CancellationToken.ThrowIfCancellationRequested();
            object? value;
            EnterWork();
            try
            {
                value = ExecuteField(parentType, source, fields.Groups[i], null);
            }
            finally
            {
                ExitWork();
            }

            map.Values[i] = value is PendingValue next ? await next.Task.ConfigureAwait(false) : value;
        }

        return map;
    }

    /// <summary>Resolves one field and completes its value; a field error becomes null here unless it must propagate.</summary>
    private object? ExecuteField(ObjectType parentType, object? source, FieldGroup group, ResponsePath? parentPath)
    {
        var field = group.Definition;
        if (ReferenceEquals(field, IntrospectionTypes.TypeNameMetaField))
        {
            return parentType.Name;
        }

        ResolveFieldContext? context = null;
        try
        {
            var arguments = field.Arguments.Count == 0 ? ArgumentValues.Empty : group.Arguments ?? CoerceArguments(group);
            object? result;
            if (field.Reader is { } reader)
            {
                result = reader(source, group.ResponseKey);
            }
            else if (field.Resolver is null)
            {
                result = DefaultFieldResolver.Resolve(source, group);
                if (result is Delegate function)
                {
                    context = new ResolveFieldContext(this, parentType, group, source, arguments, parentPath);
                    result = DefaultFieldResolver.Invoke(function, context);
                }
            }
            else
            {
                context = new ResolveFieldContext(this, parentType, group, source, arguments, parentPath);
                result = field.Resolver(context);
            }

            if (Awaitables.TryUnwrap(result, out var awaited, out var pending))
            {
                if (pending is not null)
                {
                    return new PendingValue(CompleteAwaitedFieldAsync(pending, parentType, group, parentPath, context));
                }

                result = awaited;
            }

            var completed = CompleteValue(field.Type, group, parentType, parentPath, group.ResponseKey, result, context);
            return completed is PendingValue running
                ? new PendingValue(CatchFieldErrorAsync(running.Task, field.Type, group, parentPath, group.ResponseKey))
                : completed;
        }
        catch (Exception error) when (error is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(error, field.Type, group, new ResponsePath(parentPath, group.ResponseKey));
        }
    }

    private async Task<object?> CompleteAwaitedFieldAsync(
        Task<object?> pending, ObjectType parentType, FieldGroup group, ResponsePath? parentPath, ResolveFieldContext? context)
    {
        var type = group.Definition.Type;
        try
        {
            var resolved = await pending.ConfigureAwait(false);
            object? completed;
            EnterWork();
            try
            {
                CancellationToken.ThrowIfCancellationRequested();
                completed = CompleteValue(type, group, parentType, parentPath, group.ResponseKey, resolved, context);
            }
            finally
            {
                ExitWork();
            }

            return completed is PendingValue running ? await running.Task.ConfigureAwait(false) : completed;
        }
        catch (Exception error) when (error is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(error, type, group, new ResponsePath(parentPath, group.ResponseKey));
        }
    }

    private async Task<object?> CatchFieldErrorAsync(
        Task<object?> running, GraphQLType type, FieldGroup group, ResponsePath? parentPath, object key)
    {
        try
        {
            return await running.ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(error, type, group, new ResponsePath(parentPath, key));
        }
    }

    /// <summary>
    /// graphql-js <c>handleFieldError</c>: locates the error at the field; on a non-null position it propagates
    /// (rethrown for the parent to null), otherwise it is recorded and the position becomes null.
    /// </summary>
    private object? HandleFieldError(Exception raw, GraphQLType returnType, FieldGroup group, ResponsePath path)
    {
        var error = Locate(raw, group, path);
        if (ErrorPropagation && returnType is NonNullType)
        {
            throw error;
        }

        Errors.Add(error, path);
        return null;
    }

    /// <summary>graphql-js <c>locatedError</c>: an error already carrying a path is kept as it is.</summary>
    private static GraphQLError Locate(Exception raw, FieldGroup group, ResponsePath path)
    {
        var original = Unwrap(raw);
        if (original is GraphQLError graphQLError)
        {
            if (graphQLError.Path is not null)
            {
                return graphQLError;
            }

            return graphQLError.Nodes.Count > 0 || graphQLError.Locations.Count > 0
                ? graphQLError.WithPath(ResponsePath.ToList(path))
                : new GraphQLError(graphQLError.Message, group.Nodes, ResponsePath.ToList(path), graphQLError, graphQLError.Extensions);
        }

        return new GraphQLError(original.Message, group.Nodes, ResponsePath.ToList(path), original);
    }

    private IReadOnlyDictionary<string, object?> CoerceArguments(FieldGroup group)
    {
        var arguments = ArgumentValues.Coerce(
            group.Definition.Arguments,
            new ArgumentOwner(group.ArgumentOwnerType, group.Definition.Name),
            group.FirstNode.Arguments,
            group.FirstNode,
            VariableValues,
            HideSuggestions);
        group.Arguments = arguments;
        return arguments;
    }

    /// <summary>The resolve context of a field whose resolver did not need one (for type resolution and IsTypeOf).</summary>
    private ResolveFieldContext CreateContext(ObjectType parentType, object? source, FieldGroup group, ResponsePath? parentPath) =>
        new(this, parentType, group, source, group.Arguments ?? ArgumentValues.Empty, parentPath);
}
