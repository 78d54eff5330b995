using System.Reflection;
using Platform.GraphQL.Language;

namespace Platform.GraphQL;

/// <summary>
/// Base of attributes that apply a directive to what the marked C# element becomes: a type (class, interface, enum,
/// input record), a field (property or method), an argument (parameter), an input field or an enum value. On a class
/// marked <see cref="ExtendObjectTypeAttribute"/> it applies to the extended type. The schema keeps the directive in
/// the element's <c>AppliedDirectives</c>, for printers and tools (Apollo Federation's <c>@key</c>, say).
/// </summary>
/// <example>
/// <code>
/// [AttributeUsage(AttributeTargets.Class)]
/// public sealed class CacheAttribute(int maxAge) : GraphQLDirectiveAttribute("cache")
/// {
///     protected override IEnumerable&lt;KeyValuePair&lt;string, object?&gt;&gt; GetArguments() => [new("maxAge", maxAge)];
/// }
/// </code>
/// </example>
public abstract class GraphQLDirectiveAttribute : Attribute
{
    protected GraphQLDirectiveAttribute(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        DirectiveName = name;
    }

    /// <summary>The directive's name, without <c>@</c>.</summary>
    public string DirectiveName { get; }

    /// <summary>The directive as applied: its name and its arguments written as literals.</summary>
    public DirectiveNode ToDirectiveNode()
    {
        var arguments = new List<ArgumentNode>();
        foreach (var (name, value) in GetArguments())
        {
            var literal = Types.ValueLiterals.FromUntypedValue(value)
                ?? throw new Types.SchemaException($"The argument \"{name}\" of @{DirectiveName} has a value ({value}) that no GraphQL literal can write.");
            arguments.Add(new ArgumentNode(new NameNode(name), literal));
        }

        return new DirectiveNode(new NameNode(DirectiveName), arguments);
    }

    /// <summary>The arguments in the order they are printed; plain values (string, bool, number, list, map).</summary>
    protected virtual IEnumerable<KeyValuePair<string, object?>> GetArguments() => [];

    /// <summary>The directives the element's <see cref="GraphQLDirectiveAttribute"/>s apply, in declaration order.</summary>
    internal static IReadOnlyList<DirectiveNode> Of(ICustomAttributeProvider element) =>
        element.GetCustomAttributes(typeof(GraphQLDirectiveAttribute), inherit: true) is { Length: > 0 } found
            ? [.. found.Cast<GraphQLDirectiveAttribute>().Select(attribute => attribute.ToDirectiveNode())]
            : [];
}
