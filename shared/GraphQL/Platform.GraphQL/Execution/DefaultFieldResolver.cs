using System.Text.Json;

namespace Platform.GraphQL.Execution;

/// <summary>
/// graphql-js <c>defaultFieldResolver</c> for CLR values: a map's entry, a JSON object's property, or an object's
/// property of the field's name. A function found there is called, as graphql-js calls a method.
/// </summary>
internal static class DefaultFieldResolver
{
    public static object? Resolve(object? source, FieldGroup group)
    {
        var name = group.Definition.Name;
        switch (source)
        {
            case null:
                return null;
            case Dictionary<string, object?> dictionary:
                return dictionary.GetValueOrDefault(name);
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.GetValueOrDefault(name);
            case IDictionary<string, object?> map:
                return map.TryGetValue(name, out var value) ? value : null;
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var property)
                    ? JsonValues.ToScalarValue(property)
                    : null;
            case string:
                return null;
        }

        var type = source.GetType();
        var accessor = group.Accessor;
        if (accessor is null || accessor.Type != type)
        {
            accessor = PropertyAccessor.For(type, name);
            group.Accessor = accessor;
        }

        return accessor.Read?.Invoke(source);
    }

    /// <summary>Calls a function-valued property with the field's context, as graphql-js calls <c>source[fieldName](args, context, info)</c>.</summary>
    public static object? Invoke(Delegate function, ResolveFieldContext context) => function switch
    {
        Types.FieldResolver resolver => resolver(context),
        Func<IResolveFieldContext, object?> withContext => withContext(context),
        Func<object?> withoutArguments => withoutArguments(),
        _ => function,
    };
}
