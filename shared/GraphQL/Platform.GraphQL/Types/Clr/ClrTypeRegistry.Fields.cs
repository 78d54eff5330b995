using System.Reflection;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types.Clr;

internal sealed partial class ClrTypeRegistry
{
    private static readonly HashSet<string> ObjectMethodNames =
        ["Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "CompareTo", "Dispose", "DisposeAsync", "Clone"];

    private void PopulateObject(ObjectType objectType, Type? type, OperationType? operation)
    {
        var subscription = operation == OperationType.Subscription;
        if (type is not null)
        {
            var root = operation is not null;
            var instance = root ? LazyInstance(type) : null;
            foreach (var member in FieldMembers([type], includeStatic: root).Where(options.IsField))
            {
                AddField(objectType, CreateField(member, instance, subscription, resolve: true));
            }
        }

        foreach (var extension in _extensions.Where(e => ExtendedName(e) == objectType.Name))
        {
            objectType.AppliedDirectives = [.. objectType.AppliedDirectives, .. GraphQLDirectiveAttribute.Of(extension)];
            var instance = LazyInstance(extension);
            foreach (var member in FieldMembers([extension], includeStatic: true).Where(options.IsField))
            {
                AddField(objectType, CreateField(member, instance, subscription, resolve: true));
            }
        }
    }

    private static void AddField(ObjectType objectType, FieldDefinition field)
    {
        if (!objectType.Fields.TryAdd(field.Name, field))
        {
            throw new SchemaException($"The type {objectType.Name} has two fields named \"{field.Name}\".");
        }
    }

    private void PopulateInput(InputObjectType input, Type type)
    {
        var constructorParameters = ClrInputObjectFactory.Constructor(type)?.GetParameters() ?? [];
        foreach (var (property, name) in ClrInputObjectFactory.Fields(type))
        {
            var where = ClrNaming.Describe(property);
            var shape = new ClrTypeShape(property.PropertyType, _nullability.Of(property));
            var fieldType = InputType(shape, where, property.IsDefined(typeof(IDAttribute), inherit: true));
            var field = new InputValueDefinition(name, input.IsOneOf ? fieldType.Nullable : fieldType)
            {
                Description = ClrNaming.Description(property),
                DeprecationReason = ClrNaming.DeprecationReason(property),
                AppliedDirectives = GraphQLDirectiveAttribute.Of(property),
            };

            // A positional record's optional parameter (int Size = 10) makes the input field optional with that default.
            var parameter = constructorParameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter is not null && !input.IsOneOf)
            {
                SetDefault(field, parameter);
            }

            input.Fields.Add(name, field);
        }
    }

    private FieldDefinition CreateField(MemberInfo member, Func<IResolveFieldContext, object>? instance, bool subscription, bool resolve)
    {
        var where = ClrNaming.Describe(member);
        var shape = member is PropertyInfo property
            ? new ClrTypeShape(property.PropertyType, _nullability.Of(property))
            : new ClrTypeShape(((MethodInfo)member).ReturnType, _nullability.ReturnOf((MethodInfo)member));
        shape = shape.WithoutAwaitable;
        if (shape.IsVoidLike)
        {
            throw new SchemaException($"{where} returns no value, which a GraphQL field needs.");
        }

        var isStream = subscription && shape.IsAsyncEnumerable;
        if (isStream)
        {
            shape = shape.Element!.Value;
        }

        var field = new FieldDefinition(ClrNaming.FieldName(member), OutputType(shape, where, member.IsDefined(typeof(IDAttribute), inherit: true)))
        {
            Description = ClrNaming.Description(member),
            DeprecationReason = ClrNaming.DeprecationReason(member),
            AppliedDirectives = GraphQLDirectiveAttribute.Of(member),
        };
        var binders = member is MethodInfo method ? BindParameters(field, method, where) : [];
        if (resolve)
        {
            var resolver = ClrResolverCompiler.Compile(member, instance, binders);
            if (isStream)
            {
                field.Subscriber = ClrResolverCompiler.Subscriber(resolver);
                field.Resolver = ClrResolverCompiler.EventResolver;
            }
            else
            {
                field.Resolver = resolver;
            }
        }

        return field;
    }

    private Func<IResolveFieldContext, object?>[] BindParameters(FieldDefinition field, MethodInfo method, string where) =>
        options.BindParameters(method, (parameter, kind) =>
        {
            if (kind == ClrParameterKind.Argument)
            {
                var argumentName = ClrNaming.ArgumentName(parameter);
                field.Arguments.Add(argumentName, CreateArgument(parameter, argumentName, $"{where} parameter {parameter.Name}"));
                return argumentName;
            }

            if (kind == ClrParameterKind.Service && options.IsService is { } isService
                && parameter.IsDefined(typeof(ServiceAttribute), inherit: true) && !isService(parameter.ParameterType))
            {
                throw new SchemaException($"{where} parameter {parameter.Name} asks for the service {ClrNaming.Describe(parameter.ParameterType)}, which is not registered.");
            }

            return null;
        });

    private InputValueDefinition CreateArgument(ParameterInfo parameter, string name, string where)
    {
        var shape = new ClrTypeShape(parameter.ParameterType, _nullability.Of(parameter));
        var argument = new InputValueDefinition(name, InputType(shape, where, parameter.IsDefined(typeof(IDAttribute), inherit: true)))
        {
            Description = ClrNaming.Description(parameter),
            DeprecationReason = ClrNaming.DeprecationReason(parameter),
            AppliedDirectives = GraphQLDirectiveAttribute.Of(parameter),
        };
        SetDefault(argument, parameter);
        return argument;
    }

    private static void SetDefault(InputValueDefinition inputValue, ParameterInfo parameter)
    {
        // A null default says no more than leaving the nullable argument out, so SDL does not show it.
        if (parameter.HasDefaultValue && parameter.DefaultValue is not null and not DBNull and not System.Reflection.Missing)
        {
            var value = parameter.DefaultValue;
            var enumType = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            inputValue.DefaultValue = enumType.IsEnum ? Enum.ToObject(enumType, value) : value;
            inputValue.HasDefaultValue = true;
        }
    }

    private GraphQLType OutputType(ClrTypeShape shape, string where, bool forceId) =>
        Wrap(shape, forceId, s => Output(s.Type, where));

    private GraphQLType InputType(ClrTypeShape shape, string where, bool forceId) =>
        Wrap(shape, forceId, s => Input(s.Type, where));

    private static GraphQLType Wrap(ClrTypeShape shape, bool forceId, Func<ClrTypeShape, NamedType> named)
    {
        var nullable = shape.IsNullable;
        shape = shape.WithoutNullable;
        GraphQLType type = shape.Element is { } element
            ? new ListType(Wrap(element, forceId, named))
            : forceId ? BuiltInScalars.ID : named(shape);
        return nullable ? type : new NonNullType(type);
    }

    /// <summary>The instance for members of a root type or extension, created per field call from the request's services.</summary>
    internal static Func<IResolveFieldContext, object> LazyInstance(Type type)
    {
        var factory = new Lazy<Func<IResolveFieldContext, object>>(() => ClrInstanceFactory.For(type));
        return context => factory.Value(context);
    }

    internal static IEnumerable<MemberInfo> FieldMembers(IEnumerable<Type> types, bool includeStatic)
    {
        var flags = BindingFlags.Public | BindingFlags.Instance | (includeStatic ? BindingFlags.Static : 0);
        foreach (var type in types)
        {
            foreach (var property in type.GetProperties(flags))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true } && IsOwnMember(property))
                {
                    yield return property;
                }
            }

            foreach (var method in type.GetMethods(flags))
            {
                if (!method.IsSpecialName && !method.IsGenericMethodDefinition && IsOwnMember(method)
                    && !ObjectMethodNames.Contains(method.Name) && !method.Name.Contains('<', StringComparison.Ordinal)
                    && !method.GetParameters().Any(p => p.ParameterType.IsByRef))
                {
                    yield return method;
                }
            }
        }
    }

    private static bool IsOwnMember(MemberInfo member) =>
        !ClrNaming.IsIgnored(member) && !(member.DeclaringType?.Namespace ?? "").StartsWith("System", StringComparison.Ordinal);
}
