using System.Reflection;

namespace Platform.GraphQL.Types.Clr;

internal sealed partial class ClrTypeRegistry
{
    private EnumType CreateEnum(Type type)
    {
        var enumType = new EnumType(ClrNaming.TypeName(type)) { Description = ClrNaming.Description(type), AppliedDirectives = GraphQLDirectiveAttribute.Of(type) };
        Register(enumType.Name, type, enumType);
        _outputs[type] = enumType;
        foreach (var member in type.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (ClrNaming.IsIgnored(member))
            {
                continue;
            }

            var value = new EnumValueDefinition(ClrNaming.EnumValueName(member), member.GetValue(null))
            {
                Description = ClrNaming.Description(member),
                DeprecationReason = ClrNaming.DeprecationReason(member),
                AppliedDirectives = GraphQLDirectiveAttribute.Of(member),
            };
            enumType.Values.Add(value.Name, value);
        }

        return enumType;
    }

    private UnionType CreateUnion(Type marker, string name)
    {
        var union = new UnionType(name) { Description = ClrNaming.Description(marker), AppliedDirectives = GraphQLDirectiveAttribute.Of(marker) };
        Register(name, marker, union);
        _outputs[marker] = union;
        union.ResolveType = ResolveRuntimeType;
        _pending.Enqueue(() =>
        {
            foreach (var member in Implementations(marker))
            {
                if (Output(member, $"{member.Name} (a member of the union {name})") is ObjectType objectType)
                {
                    union.Types.Add(objectType);
                }
            }

            if (union.Types.Count == 0)
            {
                throw new SchemaException($"The union {name} ({ClrNaming.Describe(marker)}) has no public classes implementing it in {marker.Assembly.GetName().Name}.");
            }
        });
        return union;
    }

    private InterfaceType CreateInterface(Type type)
    {
        var interfaceType = new InterfaceType(ClrNaming.TypeName(type)) { Description = ClrNaming.Description(type), AppliedDirectives = GraphQLDirectiveAttribute.Of(type) };
        Register(interfaceType.Name, type, interfaceType);
        _outputs[type] = interfaceType;
        interfaceType.ResolveType = ResolveRuntimeType;
        _pending.Enqueue(() =>
        {
            var members = new[] { type }.Concat(type.GetInterfaces());
            foreach (var member in FieldMembers(members, includeStatic: false).Where(options.IsField))
            {
                var field = CreateField(member, instance: null, subscription: false, resolve: false);
                interfaceType.Fields.TryAdd(field.Name, field);
            }

            foreach (var implementation in Implementations(type))
            {
                Output(implementation, $"{implementation.Name} (implements {type.Name})");
            }
        });
        return interfaceType;
    }

    private object? ResolveRuntimeType(object? value, Execution.IResolveFieldContext context, IAbstractType abstractType) =>
        value is null ? null : RuntimeType(value.GetType());
}
