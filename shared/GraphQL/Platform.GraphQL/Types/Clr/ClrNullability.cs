using System.Reflection;

namespace Platform.GraphQL.Types.Clr;

/// <summary>
/// Nullable annotations of members. A member of a closed generic type (<c>Connection&lt;Unit&gt;.Nodes</c>) is read
/// on the generic definition, where an unannotated <c>T</c> is not null and only <c>T?</c> is nullable; the closed
/// member would report every <c>T</c> as maybe-null.
/// </summary>
internal sealed class ClrNullability
{
    private readonly NullabilityInfoContext _context = new();

    public NullabilityInfo Of(PropertyInfo property) => _context.Create(Open(property));

    public NullabilityInfo ReturnOf(MethodInfo method) => _context.Create(Open(method).ReturnParameter);

    public NullabilityInfo Of(ParameterInfo parameter) =>
        parameter.Member is MethodBase method && Open(method) is var open && !ReferenceEquals(open, method)
            ? _context.Create(open.GetParameters()[parameter.Position])
            : _context.Create(parameter);

    private static T Open<T>(T member)
        where T : MemberInfo =>
        member.DeclaringType is { IsConstructedGenericType: true } declaring
            ? (T)declaring.GetGenericTypeDefinition().GetMemberWithSameMetadataDefinitionAs(member)
            : member;
}
