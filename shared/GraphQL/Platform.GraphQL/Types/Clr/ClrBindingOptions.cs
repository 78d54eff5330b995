using System.Reflection;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Types.Clr;

/// <summary>What the host tells the binder about resolver parameters: which types are services, and its own bindings.</summary>
internal sealed class ClrBindingOptions
{
    public Func<Type, bool>? IsService { get; set; }

    public List<Func<ParameterInfo, Func<IResolveFieldContext, object?>?>> CustomBindings { get; } = [];

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
}
