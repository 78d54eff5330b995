using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Hosting.Hierarchy;

/// <summary>Registers <see cref="IUnitHierarchy"/>: over HTTP when <c>Platform:OrganizationUrl</c> is set, exact matching otherwise.</summary>
public static class UnitHierarchyRegistration
{
    public static IServiceCollection AddUnitHierarchy(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(UnitHierarchyOptions.Section).Get<UnitHierarchyOptions>() ?? new UnitHierarchyOptions();
        if (string.IsNullOrWhiteSpace(options.OrganizationUrl))
        {
            services.AddSingleton<IUnitHierarchy, ExactUnitHierarchy>();
            return services;
        }

        services.AddSingleton<IUnitHierarchy>(_ => new HttpUnitHierarchy(new HttpClient(), options));
        return services;
    }
}
