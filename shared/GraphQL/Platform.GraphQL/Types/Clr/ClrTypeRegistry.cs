using System.Collections.Concurrent;
using System.Reflection;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types.Clr;

/// <summary>
/// Creates one GraphQL named type per C# type (output and input kept apart), fills in fields after all types exist
/// so that types may refer to each other in any order, and reports schema errors naming the C# member.
/// </summary>
internal sealed partial class ClrTypeRegistry(ClrBindingOptions options)
{
    private static readonly Dictionary<Type, ScalarType> Scalars = new()
    {
        [typeof(string)] = BuiltInScalars.String,
        [typeof(bool)] = BuiltInScalars.Boolean,
        [typeof(int)] = BuiltInScalars.Int,
        [typeof(short)] = BuiltInScalars.Int,
        [typeof(ushort)] = BuiltInScalars.Int,
        [typeof(byte)] = BuiltInScalars.Int,
        [typeof(sbyte)] = BuiltInScalars.Int,
        [typeof(long)] = ClrScalars.Long,
        [typeof(uint)] = ClrScalars.Long,
        [typeof(double)] = BuiltInScalars.Float,
        [typeof(float)] = BuiltInScalars.Float,
        [typeof(decimal)] = BuiltInScalars.Float,
        [typeof(Guid)] = BuiltInScalars.ID,
        [typeof(DateTime)] = ClrScalars.DateTime,
        [typeof(DateTimeOffset)] = ClrScalars.DateTime,
        [typeof(DateOnly)] = ClrScalars.Date,
    };

    private readonly Dictionary<Type, NamedType> _outputs = [];
    private readonly Dictionary<Type, InputObjectType> _inputs = [];
    private readonly Dictionary<string, Type> _owners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NamedType> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<ObjectType, Type> _objectClrTypes = [];
    private readonly ConcurrentDictionary<Type, ObjectType?> _runtimeTypes = new();
    private readonly Queue<Action> _pending = new();
    private readonly List<Type> _extensions = [];
    private readonly ClrNullability _nullability = new();

    /// <summary>Every named type in the order it was created.</summary>
    public List<NamedType> Types { get; } = [];

    public void AddExtension(Type extension) => _extensions.Add(extension);

    /// <summary>A root operation type: named after the operation, its instances come from the request's services.</summary>
    public ObjectType AddRoot(Type? type, OperationType operation)
    {
        var name = type?.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? operation.ToString();
        var root = new ObjectType(name) { Description = type is null ? null : ClrNaming.Description(type), AppliedDirectives = type is null ? [] : GraphQLDirectiveAttribute.Of(type) };
        Register(name, type ?? typeof(void), root);
        if (type is not null)
        {
            _outputs[type] = root;
            _objectClrTypes[root] = type;
        }

        _pending.Enqueue(() => PopulateObject(root, type, operation));
        return root;
    }

    /// <summary>True when an extension adds fields to the type of this name (used to create roots only extensions fill).</summary>
    public bool IsExtended(string name) => _extensions.Any(e => ExtendedName(e) == name);

    public NamedType AddType(Type type) => type.IsClass && !type.IsAbstract && IsInputOnly(type) ? Input(type, type.Name) : Output(type, type.Name);

    /// <summary>Fills every created type, then links objects to the interfaces their C# classes implement.</summary>
    public void Complete()
    {
        while (_pending.TryDequeue(out var populate))
        {
            populate();
        }

        foreach (var (objectType, clrType) in _objectClrTypes)
        {
            objectType.Interfaces.AddRange(MappedInterfaces(clrType));
        }

        foreach (var (clrType, named) in _outputs)
        {
            if (named is InterfaceType interfaceType)
            {
                interfaceType.Interfaces.AddRange(MappedInterfaces(clrType));
            }
        }

        foreach (var extension in _extensions)
        {
            if (!_byName.ContainsKey(ExtendedName(extension)))
            {
                throw new SchemaException($"{Describe(extension)} extends \"{ExtendedName(extension)}\", which is not a type of the schema.");
            }
        }
    }

    public NamedType Output(Type type, string where)
    {
        if (Scalars.TryGetValue(type, out var scalar))
        {
            return Named(scalar, type);
        }

        if (_outputs.TryGetValue(type, out var existing))
        {
            return existing;
        }

        if (type.IsEnum)
        {
            return CreateEnum(type);
        }

        if (IsUnsupported(type))
        {
            throw new SchemaException($"{where} returns {ClrNaming.Describe(type)}, which has no GraphQL type.");
        }

        if (type.IsInterface)
        {
            return type.GetCustomAttribute<UnionTypeAttribute>() is { } union ? CreateUnion(type, union.Name) : CreateInterface(type);
        }

        var objectType = new ObjectType(ClrNaming.TypeName(type)) { Description = ClrNaming.Description(type), AppliedDirectives = GraphQLDirectiveAttribute.Of(type) };
        Register(objectType.Name, type, objectType);
        _outputs[type] = objectType;
        _objectClrTypes[objectType] = type;
        _pending.Enqueue(() => PopulateObject(objectType, type, null));
        return objectType;
    }

    public NamedType Input(Type type, string where)
    {
        if (Scalars.TryGetValue(type, out var scalar))
        {
            return Named(scalar, type);
        }

        if (type.IsEnum)
        {
            return _outputs.TryGetValue(type, out var existing) ? existing : CreateEnum(type);
        }

        if (_inputs.TryGetValue(type, out var input))
        {
            return input;
        }

        if (IsUnsupported(type) || type.IsInterface || type.IsAbstract)
        {
            throw new SchemaException($"{where} has the type {ClrNaming.Describe(type)}, which has no GraphQL input type.");
        }

        input = new InputObjectType(ClrNaming.InputTypeName(type))
        {
            Description = ClrNaming.Description(type),
            IsOneOf = type.IsDefined(typeof(OneOfAttribute), inherit: false),
            AppliedDirectives = GraphQLDirectiveAttribute.Of(type),
        };
        if (input.IsOneOf)
        {
            input.AppliedDirectives = [new DirectiveNode(new NameNode("oneOf"), []), .. input.AppliedDirectives];
        }

        Register(input.Name, type, input);
        _inputs[type] = input;
        _pending.Enqueue(() => PopulateInput(input, type));
        return input;
    }

    /// <summary>The object type of a runtime value (for interfaces and unions): its class or the nearest mapped base.</summary>
    public ObjectType? RuntimeType(Type type) => _runtimeTypes.GetOrAdd(type, t =>
    {
        for (var current = t; current is not null; current = current.BaseType)
        {
            if (_outputs.TryGetValue(current, out var named) && named is ObjectType objectType)
            {
                return objectType;
            }
        }

        return null;
    });

    private NamedType Named(ScalarType scalar, Type clrType)
    {
        if (_byName.TryGetValue(scalar.Name, out var existing))
        {
            return ReferenceEquals(existing, scalar)
                ? scalar
                : throw new SchemaException($"Two types are named \"{scalar.Name}\": {Describe(_owners[scalar.Name])} and {Describe(clrType)}.");
        }

        _owners[scalar.Name] = clrType;
        _byName[scalar.Name] = scalar;
        if (!BuiltInScalars.IsBuiltIn(scalar))
        {
            Types.Add(scalar);
        }

        return scalar;
    }

    private void Register(string name, Type owner, NamedType type)
    {
        if (_owners.TryGetValue(name, out var other))
        {
            throw new SchemaException($"Two types are named \"{name}\": {Describe(other)} and {Describe(owner)}.");
        }

        _owners[name] = owner;
        _byName[name] = type;
        type.ClrType = owner == typeof(void) ? null : owner;
        Types.Add(type);
    }

    private static string Describe(Type type) => type == typeof(void) ? "a root type" : ClrNaming.Describe(type);

    private static bool IsUnsupported(Type type) =>
        type == typeof(object) || type.IsPrimitive || type.IsPointer || type.IsByRef || type.IsGenericParameter
        || type.ContainsGenericParameters || typeof(Delegate).IsAssignableFrom(type)
        || (type.Namespace ?? "").StartsWith("System", StringComparison.Ordinal);

    private static bool IsInputOnly(Type type) => type.IsDefined(typeof(OneOfAttribute), inherit: false);

    private IEnumerable<InterfaceType> MappedInterfaces(Type type) =>
        type.GetInterfaces()
            .Where(i => !ClrNaming.IsIgnored(i))
            .Select(i => _outputs.GetValueOrDefault(i) as InterfaceType)
            .OfType<InterfaceType>();

    /// <summary>Public concrete classes of the interface's assembly that implement it (members of a union or interface).</summary>
    private static IEnumerable<Type> Implementations(Type interfaceType) =>
        interfaceType.Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters && (t.IsPublic || t.IsNestedPublic)
                && interfaceType.IsAssignableFrom(t));

    private string ExtendedName(Type extension)
    {
        var attribute = extension.GetCustomAttribute<ExtendObjectTypeAttribute>()!;
        if (attribute.Name is not null)
        {
            return attribute.Name;
        }

        return _outputs.TryGetValue(attribute.Type!, out var target) ? target.Name : ClrNaming.TypeName(attribute.Type!);
    }
}
