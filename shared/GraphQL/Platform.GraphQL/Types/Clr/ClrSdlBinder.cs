using System.Reflection;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Types.Clr;

/// <summary>
/// SDL-first binding: the public members of a resolver class become the resolvers of the SDL object type it names,
/// matched by the same naming rules as implementation-first types (<c>GetChildren</c> resolves <c>children</c>).
/// </summary>
internal sealed class ClrSdlBinder(Schema schema, ClrBindingOptions options)
{
    public void Bind(Type resolverType)
    {
        var name = resolverType.GetCustomAttribute<GraphQLTypeAttribute>()?.Name ?? ClrNaming.TypeName(resolverType);
        if (schema.GetType(name) is not ObjectType objectType)
        {
            throw new SchemaException($"{ClrNaming.Describe(resolverType)} resolves the type \"{name}\", which the SDL does not define as an object type.");
        }

        var subscription = ReferenceEquals(objectType, schema.SubscriptionType);
        var instance = ClrTypeRegistry.LazyInstance(resolverType);
        foreach (var member in ClrTypeRegistry.FieldMembers([resolverType], includeStatic: true).Where(options.IsField))
        {
            var where = ClrNaming.Describe(member);
            var fieldName = ClrNaming.FieldName(member);
            if (!objectType.Fields.TryGetValue(fieldName, out var field))
            {
                throw new SchemaException($"{where} resolves \"{objectType.Name}.{fieldName}\", which the SDL does not define.");
            }

            var binders = member is MethodInfo method ? BindParameters(field, method, where) : [];
            var resolver = ClrResolverCompiler.Compile(member, instance, binders);
            if (subscription && IsStream(member))
            {
                field.Subscriber = ClrResolverCompiler.Subscriber(resolver);
                field.Resolver = ClrResolverCompiler.EventResolver;
            }
            else
            {
                field.Resolver = resolver;
            }
        }
    }

    private Func<IResolveFieldContext, object?>[] BindParameters(FieldDefinition field, MethodInfo method, string where) =>
        options.BindParameters(method, (parameter, kind) =>
        {
            if (kind != ClrParameterKind.Argument)
            {
                return null;
            }

            var argumentName = ClrNaming.ArgumentName(parameter);
            return field.Arguments.ContainsKey(argumentName)
                ? argumentName
                : throw new SchemaException($"{where} parameter {parameter.Name} matches no argument of the field \"{field.Name}\".");
        });

    private static bool IsStream(MemberInfo member)
    {
        var type = member is PropertyInfo property ? property.PropertyType : ((MethodInfo)member).ReturnType;
        return new ClrTypeShape(type, null).WithoutAwaitable.IsAsyncEnumerable;
    }
}
