using System.Reflection;

namespace Platform.AppHost;

/// <summary>Facts about this build: its configuration (the services run from the same) and the repository root.</summary>
public static class BuildInfo
{
    public static string Configuration { get; } = typeof(BuildInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(attribute => attribute.Key == "Configuration")?.Value ?? "Debug";

    /// <summary>The directory holding <c>Platform.sln</c>, found upwards from this program.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Platform.sln not found above " + AppContext.BaseDirectory);
    }
}
