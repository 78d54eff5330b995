using System.Reflection;
using System.Security.Claims;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Types.Clr;

internal enum ClrParameterKind
{
    Argument,
    Parent,
    Service,
    CancellationToken,
    User,
    Context,
    DataLoader,
}

/// <summary>What a resolver parameter receives, decided once per parameter when the schema is built.</summary>
internal static class ClrParameterBinding
{
    public static ClrParameterKind Classify(ParameterInfo parameter, Func<Type, bool>? isService)
    {
        var type = parameter.ParameterType;
        if (parameter.IsDefined(typeof(ParentAttribute), inherit: true))
        {
            return ClrParameterKind.Parent;
        }

        if (parameter.IsDefined(typeof(ServiceAttribute), inherit: true))
        {
            return ClrParameterKind.Service;
        }

        if (type == typeof(CancellationToken))
        {
            return ClrParameterKind.CancellationToken;
        }

        if (type == typeof(ClaimsPrincipal))
        {
            return ClrParameterKind.User;
        }

        if (type == typeof(IResolveFieldContext))
        {
            return ClrParameterKind.Context;
        }

        if (IsDataLoader(type))
        {
            return ClrParameterKind.DataLoader;
        }

        if (isService?.Invoke(type) == true)
        {
            return ClrParameterKind.Service;
        }

        // Lists are arguments; other interfaces and abstract classes cannot be GraphQL input, so they are services.
        var shape = new ClrTypeShape(type, null).WithoutNullable;
        if (shape.Element is not null)
        {
            return ClrParameterKind.Argument;
        }

        return shape.Type.IsInterface || shape.Type.IsAbstract || typeof(IServiceProvider).IsAssignableFrom(shape.Type)
            ? ClrParameterKind.Service
            : ClrParameterKind.Argument;
    }

    private static readonly MethodInfo DataLoaderOf =
        typeof(DataLoader.DataLoaderContextExtensions).GetMethod(nameof(DataLoader.DataLoaderContextExtensions.DataLoader))!;

    private static bool IsDataLoader(Type type) =>
        type.IsClass && !type.IsAbstract
        && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(DataLoader.IDataLoader<,>));

    /// <summary>Reads the parameter's value from the field context; value types never get null.</summary>
    public static Func<IResolveFieldContext, object?> Bind(ParameterInfo parameter, ClrParameterKind kind, string? argumentName)
    {
        var type = parameter.ParameterType;
        var fallback = parameter.HasDefaultValue && parameter.DefaultValue is not DBNull ? parameter.DefaultValue
            : type.IsValueType ? Activator.CreateInstance(type) : null;
        switch (kind)
        {
            case ClrParameterKind.Parent:
                return static context => context.Source;
            case ClrParameterKind.CancellationToken:
                return static context => context.CancellationToken;
            case ClrParameterKind.User:
                return static context => context.User;
            case ClrParameterKind.Context:
                return static context => context;
            case ClrParameterKind.DataLoader:
                // The request's loader of that class, as context.DataLoader<TLoader>() returns it.
                return DataLoaderOf.MakeGenericMethod(type).CreateDelegate<Func<IResolveFieldContext, object?>>();
            case ClrParameterKind.Service:
                var optional = parameter.HasDefaultValue || new NullabilityInfoContext().Create(parameter).ReadState == NullabilityState.Nullable;
                return context => context.Services?.GetService(type)
                    ?? (optional ? fallback : throw new GraphQLError($"The service {type.Name} is not available to this request."));
            default:
                var convert = ClrValueConverter.For(type);
                var name = argumentName!;

                // An explicit null stays null where the type allows it; the C# default is for absent arguments.
                var nullFallback = type.IsValueType && Nullable.GetUnderlyingType(type) is null ? fallback : null;
                return context => context.Arguments.TryGetValue(name, out var value) ? convert(value) ?? nullFallback : fallback;
        }
    }
}
