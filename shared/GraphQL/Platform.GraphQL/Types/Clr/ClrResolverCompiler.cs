using System.Linq.Expressions;
using System.Reflection;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Types.Clr;

/// <summary>Compiles a property read or method call into a <see cref="FieldResolver"/>, once per field.</summary>
internal static class ClrResolverCompiler
{
    private static readonly PropertyInfo SourceProperty = typeof(IResolveFieldContext).GetProperty(nameof(IResolveFieldContext.Source))!;

    /// <param name="member">The property or method.</param>
    /// <param name="instance">Where the instance comes from; null means the parent value (<c>context.Source</c>).</param>
    /// <param name="parameters">One reader per method parameter.</param>
    public static FieldResolver Compile(
        MemberInfo member, Func<IResolveFieldContext, object>? instance, IReadOnlyList<Func<IResolveFieldContext, object?>> parameters)
    {
        var context = Expression.Parameter(typeof(IResolveFieldContext), "context");
        var isStatic = member is MethodInfo { IsStatic: true } || member is PropertyInfo { GetMethod.IsStatic: true };
        Expression? target = null;
        if (!isStatic)
        {
            Expression source = instance is null
                ? Expression.Property(context, SourceProperty)
                : Expression.Invoke(Expression.Constant(instance), context);
            target = Expression.Convert(source, member.DeclaringType!);
        }

        Expression body = member switch
        {
            PropertyInfo property => Expression.Property(target, property),
            MethodInfo method => Expression.Call(target, method, method.GetParameters().Select((p, i) =>
                Expression.Convert(Expression.Invoke(Expression.Constant(parameters[i]), context), p.ParameterType))),
            _ => throw new ArgumentException($"Cannot resolve a field with {member}.", nameof(member)),
        };
        var resolve = Expression.Lambda<Func<IResolveFieldContext, object?>>(Expression.Convert(body, typeof(object)), context).Compile();
        return new FieldResolver(resolve);
    }

    /// <summary>A subscription field's source stream: the member's <see cref="IAsyncEnumerable{T}"/> (possibly awaited first).</summary>
    public static SubscriptionResolver Subscriber(FieldResolver resolve) => async context =>
    {
        var result = resolve(context);
        if (Awaitables.TryUnwrap(result, out var awaited, out var pending))
        {
            result = pending is null ? awaited : await pending.ConfigureAwait(false);
        }

        return AsyncItems.TryGet(result, out var stream)
            ? stream
            : throw new GraphQLError($"{context.FieldDefinition.Name} did not return a stream of events.");
    };

    /// <summary>Subscription fields resolve to the event itself.</summary>
    public static readonly FieldResolver EventResolver = static context => context.Source;
}
