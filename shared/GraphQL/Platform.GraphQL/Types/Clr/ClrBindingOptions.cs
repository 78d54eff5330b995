using System.Reflection;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Types.Clr;

/// <summary>What the host tells the binder about resolver parameters: which types are services, and its own bindings.</summary>
internal sealed class ClrBindingOptions
{
    public Func<Type, bool>? IsService { get; set; }

    public List<Func<ParameterInfo, Func<IResolveFieldContext, object?>?>> CustomBindings { get; } = [];

    /// <summary>The host's checks for public members that are no fields (a federation reference resolver, say).</summary>
    public List<Func<MemberInfo, bool>> IgnoredMembers { get; } = [];

    public bool IsField(MemberInfo member) => !IgnoredMembers.Exists(ignore => ignore(member));

    /// <summary>The first custom binding that claims the parameter, if any.</summary>
    public Func<IResolveFieldContext, object?>? Custom(ParameterInfo parameter)
    {
        foreach (var binding in CustomBindings)
        {
            if (binding(parameter) is { } read)
            {
                return read;
            }
        }

        return null;
    }

    /// <summary>
    /// One reader per parameter of <paramref name="method"/>. <paramref name="argumentNameFor"/> sees each parameter that
    /// no custom binding claimed, with its kind; it checks it and names the GraphQL argument it reads (null for other kinds).
    /// </summary>
    public Func<IResolveFieldContext, object?>[] BindParameters(
        MethodInfo method, Func<ParameterInfo, ClrParameterKind, string?> argumentNameFor)
    {
        var parameters = method.GetParameters();
        var binders = new Func<IResolveFieldContext, object?>[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (Custom(parameter) is { } custom)
            {
                binders[i] = custom;
                continue;
            }

            var kind = ClrParameterBinding.Classify(parameter, IsService);
            binders[i] = ClrParameterBinding.Bind(parameter, kind, argumentNameFor(parameter, kind));
        }

        return binders;
    }
}
