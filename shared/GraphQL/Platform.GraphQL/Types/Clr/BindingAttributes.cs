namespace Platform.GraphQL;

/// <summary>The resolver parameter receives the parent object (the value the field is resolved on).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute
{
}

/// <summary>
/// The resolver parameter comes from the request's services. Optional when the schema builder knows the registered
/// services; when it does, a <c>[Service]</c> parameter of an unregistered type fails at startup.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute
{
}
