namespace Platform.GraphQL.Tests.Clr;

/// <summary>A minimal service provider: one instance per registered type.</summary>
public sealed class TestServices : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = [];

    public TestServices Add<T>(T service)
        where T : notnull
    {
        _services[typeof(T)] = service;
        return this;
    }

    public bool IsRegistered(Type type) => _services.ContainsKey(type);

    public object? GetService(Type serviceType) => _services.GetValueOrDefault(serviceType);
}
