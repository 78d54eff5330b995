using System.Linq.Expressions;
using System.Reflection;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Types.Clr;

/// <summary>
/// Instances of root types and type extensions for a request: the root value when it has the type, else the
/// request's service of that type, else a new instance from the public constructor whose parameters the services
/// supply (the constructor with the most parameters wins).
/// </summary>
internal static class ClrInstanceFactory
{
    public static Func<IResolveFieldContext, object> For(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();
        if (constructor is null && !type.IsValueType)
        {
            throw new SchemaException($"{type.Name} has no public constructor, so its fields cannot be resolved.");
        }

        var parameterTypes = constructor?.GetParameters().Select(p => p.ParameterType).ToArray() ?? [];
        var create = CompileConstructor(type, constructor);
        return context =>
        {
            if (context.Source is { } source && type.IsInstanceOfType(source))
            {
                return source;
            }

            if (context.Services?.GetService(type) is { } registered)
            {
                return registered;
            }

            var arguments = new object?[parameterTypes.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = context.Services?.GetService(parameterTypes[i])
                    ?? throw new GraphQLError($"{type.Name} needs a {parameterTypes[i].Name}, and the request has no such service.");
            }

            return create(arguments);
        };
    }

    /// <summary>A delegate calling <paramref name="constructor"/> (or the parameterless one) with boxed arguments.</summary>
    internal static Func<object?[], object> CompileConstructor(Type type, ConstructorInfo? constructor)
    {
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        Expression body = constructor is null
            ? Expression.New(type)
            : Expression.New(constructor, constructor.GetParameters().Select((p, i) =>
                Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType)));
        return Expression.Lambda<Func<object?[], object>>(Expression.Convert(body, typeof(object)), arguments).Compile();
    }
}
