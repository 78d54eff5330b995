using System.Reflection;
using Platform.GraphQL.Types;
using Platform.GraphQL.Types.Clr;

namespace Platform.GraphQL;

/// <summary>
/// A C# method as a <see cref="FieldResolver"/> outside a schema build (a federation reference resolver, say). Its
/// parameters bind as a field resolver's do: GraphQL arguments are read from <c>context.Arguments</c> under their
/// argument names (camelCase, or <see cref="GraphQLNameAttribute"/>); services, DataLoaders, the CancellationToken,
/// the user, the context and <see cref="ParentAttribute"/> parameters as usual. An instance method's instance comes from
/// the request's services or the type's public constructor.
/// </summary>
public static class ClrMethodResolver
{
    /// <param name="method">A public static or instance method; a Task or ValueTask result is awaited by the caller.</param>
    /// <param name="isService">The host's check for parameters that are registered services, if it has one.</param>
    public static FieldResolver Compile(MethodInfo method, Func<Type, bool>? isService = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        var options = new ClrBindingOptions { IsService = isService };
        var binders = options.BindParameters(method, (parameter, kind) => kind == ClrParameterKind.Argument ? ClrNaming.ArgumentName(parameter) : null);
        var instance = method.IsStatic ? null : ClrTypeRegistry.LazyInstance(method.DeclaringType!);
        return ClrResolverCompiler.Compile(method, instance, binders);
    }

    /// <summary>The GraphQL argument names the method's parameters read, in parameter order.</summary>
    public static IReadOnlyList<string> ArgumentNames(MethodInfo method, Func<Type, bool>? isService = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        return [.. method.GetParameters()
            .Where(parameter => ClrParameterBinding.Classify(parameter, isService) == ClrParameterKind.Argument)
            .Select(ClrNaming.ArgumentName)];
    }
}
